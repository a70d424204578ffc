/** The faults the simulator can inject ({@code Fault}) and the rules that apply request and event faults. */
package io.bwjtapi.simulator.fault;
