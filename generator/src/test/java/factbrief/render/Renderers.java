package factbrief.render;

/** One renderer over the repository's templates, shared by the tests (it is thread-safe and slow to start). */
final class Renderers {
    private static BriefRenderer shared;

    private Renderers() {
    }

    static synchronized BriefRenderer shared() {
        if (shared == null) {
            shared = new BriefRenderer(Samples.templates());
        }
        return shared;
    }
}
