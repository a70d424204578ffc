package io.bwjtapi.simulator.engine;

/**
 * The smallest call event package that carries an event. Basic Call is contained in Standard Call, which is
 * contained in Advanced Call.
 */
public enum CallLevel {
    BASIC,
    STANDARD,
    ADVANCED
}
