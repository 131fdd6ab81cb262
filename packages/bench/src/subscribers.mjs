/**
 * A worker thread holding many graphql-ws subscribers to a meeting (the bench's fan-out test).
 * It speaks the graphql-transport-ws protocol directly and does as little as possible per
 * message, so that the time measured is the server's, not this receiver's. Plain JavaScript,
 * since worker threads do not inherit tsx's loader. Times are absolute
 * (performance.timeOrigin + now), comparable with the main thread's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

/** @type {{ cookies: string[]; urls: string[]; meetingId: string; afterSeq: number }} */
const { cookies, urls, meetingId, afterSeq } = workerData;
const now = () => performance.timeOrigin + performance.now();
const query = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type } }`;
/** @type {WebSocket[]} */
const sockets = [];
let closing = false;

/** Connects subscriber `i`; they are opened a millisecond apart, as people join (not all in one instant). */
const connect = (cookie, i) => {
  const socket = new WebSocket(urls[i % urls.length], 'graphql-transport-ws', { headers: { cookie } });
  sockets.push(socket);
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
  socket.on('message', (data) => {
    const at = now();
    const message = JSON.parse(String(data));
    if (message.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { id: meetingId, after: afterSeq } } }));
    } else if (message.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (message.type === 'error' || (message.type === 'next' && !message.payload.data)) {
      parentPort.postMessage({ error: JSON.stringify(message.payload) });
    } else if (message.type === 'next') {
      const event = message.payload.data.meetingEvents;
      // Presence (not sequenced) is counted apart: it must not pass for the replay that shows a subscription is live.
      if (event.seq === null) parentPort.postMessage({ presence: 1 });
      else parentPort.postMessage(event.seq <= afterSeq + 1 ? { live: 1 } : { delivered: at, seq: event.seq, type: event.type });
    }
  });
  socket.on('error', (error) => parentPort.postMessage({ error: String(error) }));
  // A socket the server closed before the round ended (its pings went unanswered, say) loses its deliveries.
  socket.on('close', (code, reason) => {
    if (!closing) parentPort.postMessage({ closed: `${code} ${String(reason)}`.trim() });
  });
};
cookies.forEach((cookie, i) => setTimeout(() => connect(cookie, i), i));

parentPort.on('message', (message) => {
  if (message === 'close') {
    closing = true;
    for (const socket of sockets) socket.close();
    setTimeout(() => process.exit(0), 200);
  }
});
