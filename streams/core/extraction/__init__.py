"""The parts of the extractor, as mixins over shared compiled state; `streams.core.extract`
assembles them into `Extractor`."""
