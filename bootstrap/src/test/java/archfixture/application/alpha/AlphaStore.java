package archfixture.application.alpha;

/** An out-port only the alpha feature needs. */
public interface AlphaStore {

    String load();
}
