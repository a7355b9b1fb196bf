package fr.portailpartenaires.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.mail.SimpleJavaMailSender;
import fr.portailpartenaires.adapters.mail.SmtpSettings;
import fr.portailpartenaires.adapters.persistence.DataSources;
import java.time.Duration;
import java.util.Optional;

/**
 * A portal process for {@link CrashRecoveryIT}: it generates the due invoices ({@code invoices}) or sends the
 * outbox ({@code mails}) until done, then prints {@code DONE}; the test kills it with SIGKILL before that.
 *
 * <p>Arguments: jdbc-url user password smtp-port mode.
 */
final class CrashingPortal {

    private CrashingPortal() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int smtpPort = Integer.parseInt(args[3]);
        String mode = args[4];
        try (HikariDataSource dataSource = DataSources.pool(url, args[1], args[2], 4);
                SimpleJavaMailSender smtp = new SimpleJavaMailSender(new SmtpSettings("127.0.0.1", smtpPort,
                        Optional.empty(), Optional.empty(), SmtpSettings.Transport.SMTP,
                        "ne-pas-repondre@portail.example", "Portail partenaires", Duration.ofSeconds(10)));
                Portal portal = Portal.builder().dataSource(dataSource).migrate(false).backgroundJobs(false)
                        .mailSender(smtp).build()) {
            System.out.println("STARTED");
            System.out.flush();
            if ("invoices".equals(mode)) {
                portal.generateDueInvoices();
            } else {
                while (portal.sendDueMails() > 0) {
                    Thread.onSpinWait();
                }
            }
            System.out.println("DONE");
            System.out.flush();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(2);
        }
    }
}
