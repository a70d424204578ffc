package io.bwjtapi.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates single XML documents against the official BroadWorks Xsi schema of the reference pack. Both
 * the simulator's output and the client's requests are checked with it, so a bug that is symmetric in
 * client and simulator still fails a test.
 */
public final class XsiSchemaValidator {
    private static final String ROOT = "xsi-schema/XSISchema.xsd";
    private static volatile Schema schema;

    private XsiSchemaValidator() {
    }

    /**
     * Validates one document, skipping the calling test when the reference pack is absent.
     *
     * @param xml the complete document, with or without an XML declaration
     * @throws AssertionError naming the line, column and violation when the document is not valid
     */
    public static void assertValid(String xml) {
        try {
            validator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new AssertionError("not valid against the Xsi schema at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + "\n" + xml, e);
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against the Xsi schema: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * Validates one document stored in a file, skipping the calling test when the reference pack is absent.
     *
     * @param file the document
     * @throws AssertionError naming the file and the violation when the document is not valid
     */
    public static void assertValid(Path file) {
        try {
            validator().validate(new StreamSource(file.toFile()));
        } catch (SAXException | IOException e) {
            throw new AssertionError(file + " is not valid against the Xsi schema: " + e.getMessage(), e);
        }
    }

    private static Validator validator() {
        Validator validator = schema().newValidator();
        validator.setErrorHandler(FailOnAnything.INSTANCE);
        return validator;
    }

    private static Schema schema() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (XsiSchemaValidator.class) {
                loaded = schema;
                if (loaded == null) {
                    loaded = load(SharedReference.require(ROOT));
                    schema = loaded;
                }
            }
        }
        return loaded;
    }

    private static Schema load(Path root) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Secure processing blocks external schema access; the xs:include files are local files.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            // An unresolved include is reported only as a warning; treat it as fatal.
            factory.setErrorHandler(FailOnAnything.INSTANCE);
            return factory.newSchema(root.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the Xsi schema from " + root, e);
        }
    }

    private enum FailOnAnything implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
