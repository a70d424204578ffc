/**
 * The click-to-dial sample: {@link io.bwjtapi.samples.clicktodial.ClickToDial} places a call from a user's phone
 * with {@code Call.connect} and reports its progress.
 */
package io.bwjtapi.samples.clicktodial;
