package archfixture.application.alpha;

/** A service that implements its use case only: accepted. */
public final class AlphaService implements AlphaUseCase {

    private final AlphaStore store;

    public AlphaService(AlphaStore store) {
        this.store = store;
    }

    @Override
    public String run(Command command) {
        return store.load() + command.value();
    }
}
