/** Generated traffic: calls per second among users and to external numbers, with a hold-time distribution. */
package io.bwjtapi.simulator.load;
