package dev.belgie.organization.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real DNS server for the tests: answers UDP queries on a random port of the loopback
 * address from a table of TXT records (RFC 1035 wire format). A name in {@link #existing}
 * without records answers NOERROR with no answer; any other name is NXDOMAIN; while
 * {@link #silent} is set, no query gets an answer.
 */
final class DnsResponder implements AutoCloseable {

	final Map<String, List<String>> txt = new ConcurrentHashMap<>();

	final Set<String> existing = ConcurrentHashMap.newKeySet();

	volatile boolean silent;

	private final DatagramSocket socket;

	private final Thread thread;

	DnsResponder() throws SocketException {
		this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		this.thread = new Thread(this::serve, "dns-responder");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	String address() {
		return "127.0.0.1:" + this.socket.getLocalPort();
	}

	private void serve() {
		byte[] buffer = new byte[512];
		while (!this.socket.isClosed()) {
			try {
				DatagramPacket query = new DatagramPacket(buffer, buffer.length);
				this.socket.receive(query);
				if (this.silent) {
					continue;
				}
				byte[] answer = answer(query.getData(), query.getLength());
				this.socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private byte[] answer(byte[] query, int length) {
		int position = 12;
		StringBuilder name = new StringBuilder();
		while (query[position] != 0) {
			int label = query[position] & 0xff;
			if (!name.isEmpty()) {
				name.append('.');
			}
			name.append(new String(query, position + 1, label, StandardCharsets.US_ASCII));
			position += label + 1;
		}
		int questionEnd = position + 5;
		String key = name.toString().toLowerCase(Locale.ROOT);
		List<String> records = this.txt.get(key);
		boolean exists = records != null || this.existing.contains(key);
		List<String> answers = (records != null) ? records : List.of();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(query[0]);
		out.write(query[1]);
		out.write(0x84 | (query[2] & 0x01)); // response, authoritative, recursion desired
												// copied
		out.write(exists ? 0x00 : 0x03); // NOERROR or NXDOMAIN
		short16(out, 1);
		short16(out, answers.size());
		short16(out, 0);
		short16(out, 0);
		out.write(query, 12, questionEnd - 12);
		for (String value : answers) {
			byte[] text = value.getBytes(StandardCharsets.US_ASCII);
			short16(out, 0xC00C); // the question's name
			short16(out, 16); // TXT
			short16(out, 1); // IN
			short16(out, 0);
			short16(out, 60); // TTL
			short16(out, text.length + 1);
			out.write(text.length);
			out.write(text, 0, text.length);
		}
		return out.toByteArray();
	}

	private static void short16(ByteArrayOutputStream out, int value) {
		out.write((value >> 8) & 0xff);
		out.write(value & 0xff);
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
