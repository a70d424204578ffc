/**
 * The JTAPI layer of bwjtapi: {@link io.bwjtapi.provider.BwProviderImpl} and, in the sub-packages, the
 * call model objects ({@code call}, {@code domain}), their events ({@code event}), the ordered dispatcher
 * ({@code dispatch}), the capability objects ({@code capabilities}), the model thread and the failover
 * operations ({@code model}), call control ({@code internal}) and the switch SPI ({@code spi}). Only
 * {@code spi} and the {@code io.bwjtapi.ext} interfaces are meant for use outside the layer; the other
 * packages are implementation and may change without notice.
 */
package io.bwjtapi.provider;
