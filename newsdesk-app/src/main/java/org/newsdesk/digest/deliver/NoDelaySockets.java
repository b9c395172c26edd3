package org.newsdesk.digest.deliver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with TCP_NODELAY. Jakarta Mail writes the message body and then the final
 * ".\r\n" separately; with Nagle's algorithm on, that small last write waits for the ACK of the
 * body, which the server delays (40 ms on Linux): one message per ~50 ms per connection
 * whatever the bandwidth. Commands are whole lines written at once, so there is nothing for
 * Nagle to coalesce anyway.
 */
final class NoDelaySockets extends SocketFactory {

  private static Socket noDelay(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    return s;
  }

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(new Socket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(new Socket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) throws IOException {
    return noDelay(new Socket(address, port, localAddress, localPort));
  }
}
