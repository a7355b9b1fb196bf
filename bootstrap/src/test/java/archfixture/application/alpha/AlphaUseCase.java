package archfixture.application.alpha;

import archfixture.application.shared.UseCase;

/** A feature's use case, with its command record: what other features may use. */
@UseCase
public interface AlphaUseCase {

    record Command(String value) {
    }

    String run(Command command);
}
