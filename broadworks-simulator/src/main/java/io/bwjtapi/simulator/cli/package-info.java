/** The standalone simulator: command line and main class. */
package io.bwjtapi.simulator.cli;
