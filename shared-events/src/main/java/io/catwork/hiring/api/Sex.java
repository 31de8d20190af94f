package io.catwork.hiring.api;

public enum Sex { M, F }
