package dev.kafkaexplorer.ui.connection;

/** Where the local broker stands. */
public enum BrokerState { STOPPED, STARTING, RUNNING, STOPPING }
