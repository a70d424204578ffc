package javax.telephony.phone;

import java.awt.Dimension;
import java.awt.Graphics;

/**
 * A pixel display on a telephone set that applications draw on with the AWT drawing primitives.
 * <p>
 * Unlike {@link PhoneDisplay}, which holds rows of characters, this component exposes the screen as a
 * drawing surface of {@link #size()} pixels. Using it needs the {@code java.desktop} module at run time.
 */
public interface PhoneGraphicDisplay extends Component {
    /**
     * Returns a drawing context for the display. What is drawn with it appears on the set; the
     * coordinates run from {@code (0, 0)} at the top-left corner to the limits given by {@link #size()}.
     *
     * @return a graphics context that draws on this display
     */
    Graphics getGraphics();

    /**
     * Returns the size of the display.
     *
     * @return the width and height of the display, in pixels
     */
    Dimension size();
}
