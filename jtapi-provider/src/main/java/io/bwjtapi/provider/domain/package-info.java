/**
 * The provider's domain: monitored users as addresses with their terminals, remote parties, and the reasons
 * given for unsupported methods. Implementation; not API.
 */
package io.bwjtapi.provider.domain;
