/**
 * The immutable Xsi data model shared by events and actions: {@link io.bwjtapi.xsi.model.Call} and the types
 * it is made of, conference and agent information, and the schema's enumerations with their wire spellings.
 */
package io.bwjtapi.xsi.model;
