/**
 * Runnable JTAPI sample applications. They compile against {@code javax.telephony} only and select bwjtapi by the
 * peer name given on the command line, exactly as an existing application would: an observer monitor
 * ({@link io.bwjtapi.samples.monitor}), click-to-dial ({@link io.bwjtapi.samples.clicktodial}) and a call-centre
 * style agent phone ({@link io.bwjtapi.samples.agentphone}).
 */
package io.bwjtapi.samples;
