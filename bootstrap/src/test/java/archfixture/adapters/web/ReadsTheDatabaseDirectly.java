package archfixture.adapters.web;

/** Breaks "adapters never see each other". */
public class ReadsTheDatabaseDirectly {
    public archfixture.adapters.persistence.Repository repository;
}
