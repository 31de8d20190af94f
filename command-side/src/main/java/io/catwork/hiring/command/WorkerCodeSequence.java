package io.catwork.hiring.command;

/** Hands out the NNNN of worker codes: every number once, even to two hires at the same moment on two nodes. */
public interface WorkerCodeSequence {
    long next();
}
