/** What the switch knows, as immutable values: users, call snapshots, the ground truth and the Xsi enumerations. */
package io.bwjtapi.simulator.model;
