package archfixture.application.alpha;

/** Breaks "services implement use cases only": a service that is also an out-port. */
public final class StoreImplementingService implements AlphaUseCase, AlphaStore {

    @Override
    public String run(Command command) {
        return command.value();
    }

    @Override
    public String load() {
        return "";
    }
}
