package archfixture.application;

/** Breaks "application never sees adapters". */
public class CallsTheWebAdapter {
    public archfixture.adapters.web.Controller controller;
}
