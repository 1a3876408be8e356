package org.tarikh.entity.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * A TCP forwarder a test can cut and restore: between the service and a shared server (RabbitMQ), so a test can
 * make that server unreachable for the service alone without stopping it.
 * <p>
 * There is one forwarder per name in the JVM, whichever class loader asks. Quarkus calls a test profile's
 * {@code getConfigOverrides} in two class loaders (the test's and the application's), so a forwarder kept in a static
 * field alone exists twice: the service could be configured with one and the test cut the other, and the service
 * would stay connected (a CI run saw exactly that). The forwarder is registered as a platform MBean, and every
 * {@code TcpProxy} of that name drives it through the MBean server, a JDK type both class loaders share.
 */
public final class TcpProxy implements AutoCloseable {

    /** What a forwarder does, as the MBean server calls it. */
    public interface Control {
        void open();

        void cut();

        int getPort();
    }

    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    private final ObjectName name;

    private TcpProxy(ObjectName name) {
        this.name = name;
    }

    /** The JVM's forwarder called {@code name}, made (not yet listening) if it does not exist. */
    static TcpProxy named(String name, String targetHost, int targetPort) {
        try {
            ObjectName objectName = new ObjectName("org.tarikh.test:type=TcpProxy,name=" + name);
            if (!SERVER.isRegistered(objectName)) {
                try {
                    SERVER.registerMBean(new StandardMBean(new Forwarder(targetHost, targetPort), Control.class),
                            objectName);
                } catch (InstanceAlreadyExistsException registeredMeanwhile) {
                    // another class loader made it first: that one is the forwarder
                }
            }
            return new TcpProxy(objectName);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register the test's TCP proxy " + name, e);
        }
    }

    /** Listens (again, on the same port once it has one) and forwards every connection; open already: nothing. */
    TcpProxy open() {
        call("open");
        return this;
    }

    int port() {
        try {
            return (Integer) SERVER.getAttribute(name, "Port");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops listening and cuts every forwarded connection: the target is unreachable through the proxy. */
    @Override
    public void close() {
        call("cut");
    }

    private void call(String operation) {
        try {
            SERVER.invoke(name, operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException(operation + " " + name, e);
        }
    }

    /** The forwarding itself: one listening socket and a pair of pumping threads per connection. */
    static final class Forwarder implements Control {

        private final String targetHost;
        private final int targetPort;
        /** Every forwarded socket; guarded by {@code this}, so a cut never misses a connection being made. */
        private final Set<Socket> open = new HashSet<>();
        private ServerSocket server;
        private int port;

        Forwarder(String targetHost, int targetPort) {
            this.targetHost = targetHost;
            this.targetPort = targetPort;
        }

        @Override
        public synchronized void open() {
            if (server != null && !server.isClosed()) {
                return;
            }
            try {
                ServerSocket s = new ServerSocket();
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                port = s.getLocalPort();
                server = s;
                Thread accept = new Thread(() -> accept(s), "tcp-proxy-accept");
                accept.setDaemon(true);
                accept.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized int getPort() {
            return port;
        }

        @Override
        public synchronized void cut() {
            closeQuietly(server);
            open.forEach(TcpProxy::closeQuietly);
            open.clear();
        }

        private void accept(ServerSocket s) {
            while (!s.isClosed()) {
                Socket client;
                try {
                    client = s.accept();
                } catch (IOException e) {
                    continue; // closed: the loop ends
                }
                Socket target;
                try {
                    target = new Socket(targetHost, targetPort);
                } catch (IOException e) {
                    closeQuietly(client); // the target refused: the client sees its connection closed
                    continue;
                }
                synchronized (this) {
                    if (s.isClosed()) { // cut while this connection was being made
                        closeQuietly(client);
                        closeQuietly(target);
                        return;
                    }
                    open.add(client);
                    open.add(target);
                }
                pump(client, target);
                pump(target, client);
            }
        }

        private void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[16384];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n; (n = in.read(buffer)) >= 0;) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // one side closed
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                    synchronized (this) {
                        open.removeAll(List.of(from, to));
                    }
                }
            }, "tcp-proxy-pump");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closed already
        }
    }
}
