/** Benchmarks: a corpus generator for whole runs ({@link factbrief.bench.Corpus}) and JMH stage benchmarks. */
package factbrief.bench;
