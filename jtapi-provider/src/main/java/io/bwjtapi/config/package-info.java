/**
 * The provider configuration: the Cisco-style provider string
 * {@code xsp1[:port][,xsp2...];login=...;passwd=...[;key=value...]}, an optional properties file and
 * {@code bwjtapi.<key>} system properties, parsed and validated into an immutable
 * {@link io.bwjtapi.config.ProviderConfig}. Every key, its default and its meaning are listed in
 * {@link io.bwjtapi.config.ConfigKey}.
 */
package io.bwjtapi.config;
