/**
 * The BroadWorks users the provider monitors: who they are (from the {@code users} key or a user's group
 * directory) and the JTAPI names they get.
 */
package io.bwjtapi.broadworks.users;
