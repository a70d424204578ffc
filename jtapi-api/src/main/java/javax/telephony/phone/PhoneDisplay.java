package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/**
 * A character display on a telephone set: a grid of {@link #getDisplayRows()} rows of
 * {@link #getDisplayColumns()} characters each.
 * <p>
 * Positions are given as a column ({@code x}) and a row ({@code y}), both counted from zero at the
 * top-left corner. Whenever the text shown changes, whether because the application wrote it or
 * because the switch or the set did, a {@link PhoneTerminalEvent#PHONE_TERMINAL_DISPLAY_UPDATE_EVENT}
 * is reported to the terminal's listeners.
 */
public interface PhoneDisplay extends Component {
    /**
     * Returns the text currently shown from the given position to the end of its row.
     *
     * @param column the column to start at, from {@code 0} to {@code getDisplayColumns() - 1}
     * @param row the row to read, from {@code 0} to {@code getDisplayRows() - 1}
     * @return the characters shown from that position on
     * @throws InvalidArgumentException if the position lies outside the display
     */
    String getDisplay(int column, int row) throws InvalidArgumentException;

    /**
     * Returns the width of the display.
     *
     * @return the number of characters in one row
     */
    int getDisplayColumns();

    /**
     * Returns the height of the display.
     *
     * @return the number of rows
     */
    int getDisplayRows();

    /**
     * Shows the given text on the display, starting at the given position and replacing what was there.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. Characters that do not fit in the row are not shown. If the text shown
     * changes, a {@link PhoneTerminalEvent#PHONE_TERMINAL_DISPLAY_UPDATE_EVENT} follows.
     *
     * @param text the text to show
     * @param column the column of the first character, from {@code 0} to {@code getDisplayColumns() - 1}
     * @param row the row to write, from {@code 0} to {@code getDisplayRows() - 1}
     * @throws InvalidArgumentException if the position lies outside the display or the text is
     *     {@code null}
     */
    void setDisplay(String text, int column, int row) throws InvalidArgumentException;
}
