import java.io.*;
import java.util.*;
import com.rabbitmq.client.*;

/**
 * bind VHOST QUEUE EXCHANGE | dump VHOST QUEUE FILE | load VHOST EXCHANGE FILE: a durable queue bound to an exchange
 * (every routing key), its messages written to a file (and acknowledged), and published again in their order with
 * confirms. For bench/replay/replay.sh; RabbitMQ on 127.0.0.1 as guest.
 */
public class Amqp {
    public static void main(String[] a) throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1"); f.setUsername("guest"); f.setPassword("guest"); f.setVirtualHost(a[1]);
        try (Connection c = f.newConnection("tarikh-replay"); Channel ch = c.createChannel()) {
            if (a[0].equals("bind")) {
                ch.exchangeDeclare(a[3], BuiltinExchangeType.TOPIC, true);
                ch.queueDeclare(a[2], true, false, false, Map.of());
                ch.queueBind(a[2], a[3], "#");
                System.out.println("bound " + a[2] + " to " + a[3]);
            } else if (a[0].equals("dump")) {
                int n = 0;
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(a[3])))) {
                    GetResponse r;
                    while ((r = ch.basicGet(a[2], false)) != null) {
                        AMQP.BasicProperties p = r.getProps();
                        out.writeUTF(r.getEnvelope().getRoutingKey());
                        out.writeUTF(p.getContentType() == null ? "" : p.getContentType());
                        out.writeInt(r.getBody().length); out.write(r.getBody());
                        ch.basicAck(r.getEnvelope().getDeliveryTag(), false);
                        n++;
                    }
                }
                System.out.println("dumped " + n);
            } else {
                ch.confirmSelect();
                int n = 0;
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(a[3])))) {
                    while (in.available() > 0) {
                        String rk = in.readUTF(); String ct = in.readUTF();
                        byte[] body = new byte[in.readInt()]; in.readFully(body);
                        ch.basicPublish(a[2], rk, new AMQP.BasicProperties.Builder().contentType(ct.isEmpty() ? null : ct)
                                .deliveryMode(2).build(), body);
                        if (++n % 200 == 0) ch.waitForConfirmsOrDie(60_000);
                    }
                }
                ch.waitForConfirmsOrDie(60_000);
                System.out.println("published " + n);
            }
        }
    }
}
