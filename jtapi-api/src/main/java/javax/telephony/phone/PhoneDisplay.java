package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** TODO-DOC */
public interface PhoneDisplay extends Component {
    /** TODO-DOC */
    String getDisplay(int value, int value2) throws InvalidArgumentException;

    /** TODO-DOC */
    int getDisplayColumns();

    /** TODO-DOC */
    int getDisplayRows();

    /** TODO-DOC */
    void setDisplay(String name, int value, int value2) throws InvalidArgumentException;
}
