package fr.integrance.platform.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between the application and a server, that a test can cut
 * (every open connection closed, every new one closed as soon as accepted: what a stopped
 * database does) and restore. One thread accepts, two threads per connection copy bytes.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean cut;

	TcpProxy(String targetHost, int targetPort) throws IOException {
		this.target = new InetSocketAddress(targetHost, targetPort);
		this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptUntilClosed, "tcp-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** Closes every relayed connection and refuses new ones until {@link #restore()}. */
	void cut() {
		cut = true;
		for (Socket socket : sockets) {
			closeQuietly(socket);
		}
		sockets.clear();
	}

	void restore() {
		cut = false;
	}

	private void acceptUntilClosed() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				relay(client);
			}
			catch (IOException ex) {
				// closed, or one connection failed: go on while the server socket is open
			}
		}
	}

	private void relay(Socket client) {
		Socket upstream = new Socket();
		try {
			upstream.connect(target, 2000);
		}
		catch (IOException ex) {
			closeQuietly(client);
			closeQuietly(upstream);
			return;
		}
		sockets.add(client);
		sockets.add(upstream);
		copy(client, upstream);
		copy(upstream, client);
	}

	private void copy(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// a side closed: close both below
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				sockets.remove(from);
				sockets.remove(to);
			}
		}, "tcp-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		cut();
	}

}
