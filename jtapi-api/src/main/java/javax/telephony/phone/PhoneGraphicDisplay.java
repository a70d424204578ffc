package javax.telephony.phone;

import java.awt.Dimension;
import java.awt.Graphics;

/** TODO-DOC */
public interface PhoneGraphicDisplay extends Component {
    /** TODO-DOC */
    Graphics getGraphics();

    /** TODO-DOC */
    Dimension size();
}
