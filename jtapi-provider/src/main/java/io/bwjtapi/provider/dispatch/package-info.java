/**
 * The per-provider event dispatcher: ordered delivery per observer and listener on dedicated threads,
 * isolation of throwing and slow callbacks, rate-limited reports of slow ones. Implementation; not API.
 */
package io.bwjtapi.provider.dispatch;
