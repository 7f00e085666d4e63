package no.legevakttilskudd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback between the application and its database, that a test can cut (every connection reset, new
 * ones refused, as when PostgreSQL is stopped or the network goes) and restore on the same port.
 */
public final class Tcpmellomledd implements AutoCloseable {

    private final int port;
    private final int malPort;
    private final Set<Socket> apne = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket lytter;

    public Tcpmellomledd(int malPort) throws IOException {
        this.malPort = malPort;
        this.port = Demorealm.ledigPort();
        start();
    }

    public int port() {
        return port;
    }

    /** Takes connections again, on the same port. */
    public synchronized void start() throws IOException {
        ServerSocket ny = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        ny.setReuseAddress(true);
        lytter = ny;
        Thread mottak = new Thread(() -> ta(ny), "tcp-mellomledd-" + port);
        mottak.setDaemon(true);
        mottak.start();
    }

    /** Resets every open connection and refuses new ones until {@link #start()}. */
    public synchronized void kutt() throws IOException {
        lytter.close();
        for (Socket s : apne) {
            s.close();
        }
        apne.clear();
    }

    private void ta(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket klient = server.accept();
                Socket database = new Socket(InetAddress.getLoopbackAddress(), malPort);
                apne.add(klient);
                apne.add(database);
                pump(klient, database);
                pump(database, klient);
            } catch (IOException e) {
                // The listener was closed by kutt(), or the database refused: the client sees its connection end.
            }
        }
    }

    private void pump(Socket fra, Socket til) {
        Thread t = new Thread(() -> {
            try (InputStream inn = fra.getInputStream(); OutputStream ut = til.getOutputStream()) {
                inn.transferTo(ut);
            } catch (IOException e) {
                // A cut connection: closing both ends below is all there is to do.
            } finally {
                lukk(fra);
                lukk(til);
            }
        }, "tcp-mellomledd-pumpe");
        t.setDaemon(true);
        t.start();
    }

    private void lukk(Socket s) {
        apne.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        kutt();
    }
}
