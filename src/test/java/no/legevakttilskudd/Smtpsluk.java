package no.legevakttilskudd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on loopback that accepts every message and keeps none, so a load on the packaged application pays
 * for a real SMTP conversation per e-mail, as with a mail relay, without anything to set up.
 */
public final class Smtpsluk implements AutoCloseable {

    private final ServerSocket lytter;
    private final AtomicLong mottatt = new AtomicLong();

    public Smtpsluk() throws IOException {
        lytter = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread mottak = new Thread(this::ta, "smtp-sluk");
        mottak.setDaemon(true);
        mottak.start();
    }

    public int port() {
        return lytter.getLocalPort();
    }

    /** Messages accepted so far. */
    public long mottatt() {
        return mottatt.get();
    }

    private void ta() {
        while (!lytter.isClosed()) {
            try {
                Socket klient = lytter.accept();
                Thread samtale = new Thread(() -> samtale(klient), "smtp-samtale");
                samtale.setDaemon(true);
                samtale.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void samtale(Socket klient) {
        try (klient; BufferedReader inn = new BufferedReader(new InputStreamReader(klient.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream ut = klient.getOutputStream()) {
            svar(ut, "220 localhost ESMTP");
            boolean data = false;
            for (String linje = inn.readLine(); linje != null; linje = inn.readLine()) {
                if (data) {
                    if (linje.equals(".")) {
                        data = false;
                        mottatt.incrementAndGet();
                        svar(ut, "250 OK");
                    }
                    continue;
                }
                String kommando = linje.length() >= 4 ? linje.substring(0, 4).toUpperCase() : linje.toUpperCase();
                switch (kommando) {
                    case "EHLO", "HELO" -> svar(ut, "250 localhost");
                    case "DATA" -> {
                        data = true;
                        svar(ut, "354 End data with <CR><LF>.<CR><LF>");
                    }
                    case "QUIT" -> {
                        svar(ut, "221 Bye");
                        return;
                    }
                    default -> svar(ut, "250 OK");
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to keep.
        }
    }

    private static void svar(OutputStream ut, String linje) throws IOException {
        ut.write((linje + "\r\n").getBytes(StandardCharsets.US_ASCII));
        ut.flush();
    }

    @Override
    public void close() throws IOException {
        lytter.close();
    }
}
