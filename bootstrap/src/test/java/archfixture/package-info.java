/** Classes that break the architecture rules on purpose, to prove each rule can fail. Never wired. */
package archfixture;
