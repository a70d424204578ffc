/**
 * Internal: XML decoding and encoding of Xsi documents. Not API; may change without notice.
 */
package io.bwjtapi.xsi.internal.xml;
