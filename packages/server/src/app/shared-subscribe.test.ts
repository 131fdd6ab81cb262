import { buildSchema, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sameForEveryViewer } from '../core/shared-result.js';
import { sharedSubscribe } from './shared-subscribe.js';

/**
 * The executor behind the WebSocket server, on a small schema of its own: how many times each
 * event is executed, and which subscribers share an answer. (The meeting's own subscription,
 * through real WebSocket clients, is in modules/meeting/meeting-shared-answer.test.ts.)
 */
const schema = buildSchema(`
  type Query { ok: Boolean }
  type Event { id: ID! words(upper: Boolean): String }
  type Subscription { events(room: ID!, after: Int): Event }
`);

/** A source that hands the same event objects to every subscriber, as the meeting hub does. */
function room(events: object[]) {
  let executions = 0;
  const rootValue = {
    events: async function* () {
      for (const event of events) yield event;
    },
  };
  const Event = {
    words: (event: { words: string }, args: { upper?: boolean }) => {
      executions++;
      return args.upper ? event.words.toUpperCase() : event.words;
    },
  };
  const subscribe = async (query: string, variables: Record<string, unknown>, role = 'PRACTITIONER') => {
    const stream = await sharedSubscribe({
      schema,
      document: parse(query), // each subscriber's own parse, as on the server
      variableValues: variables,
      rootValue,
      contextValue: { viewer: { role } },
      fieldResolver: (source, args, context, info) => {
        if (info.parentType.name === 'Subscription') return source;
        if (info.fieldName === 'words') return Event.words(source as { words: string }, args);
        return (source as Record<string, unknown>)[info.fieldName];
      },
      subscribeFieldResolver: (root: typeof rootValue) => root.events(),
    } as ExecutionArgs);
    const results: ExecutionResult[] = [];
    for await (const result of stream as AsyncIterable<ExecutionResult>) results.push(result);
    return results;
  };
  return { subscribe, executions: () => executions };
}

const QUERY = `subscription ($room: ID!, $after: Int) { events(room: $room, after: $after) { id words } }`;

describe('shared execution of subscription events', () => {
  it('executes a marked event once for subscribers asking the same, whatever they gave the subscription field', async () => {
    const events = [sameForEveryViewer({ id: '1', words: 'one' }), sameForEveryViewer({ id: '2', words: 'two' })];
    const { subscribe, executions } = room(events);
    const [first, second] = await Promise.all([subscribe(QUERY, { room: 'r', after: 0 }), subscribe(QUERY, { room: 'r', after: 7 })]);
    expect(first.map((r) => r.data)).toEqual([{ events: { id: '1', words: 'one' } }, { events: { id: '2', words: 'two' } }]);
    expect(second).toEqual(first);
    expect(second[0]).toBe(first[0]); // the very same answer
    expect(executions()).toBe(2);
  });

  it('executes an unmarked event for each subscriber', async () => {
    const { subscribe, executions } = room([{ id: '1', words: 'one' }]);
    const [first, second] = await Promise.all([subscribe(QUERY, { room: 'r' }), subscribe(QUERY, { room: 'r' })]);
    expect(second).toEqual(first);
    expect(executions()).toBe(2);
  });

  it('keeps answers apart when variables reach the selection, or the documents or roles differ', async () => {
    const { subscribe, executions } = room([sameForEveryViewer({ id: '1', words: 'one' })]);
    const withUpper = `subscription ($room: ID!, $upper: Boolean) { events(room: $room) { id words(upper: $upper) } }`;
    const answers = await Promise.all([
      subscribe(withUpper, { room: 'r', upper: true }),
      subscribe(withUpper, { room: 'r', upper: false }),
      subscribe(`subscription ($room: ID!) { events(room: $room) { words } }`, { room: 'r' }),
      subscribe(QUERY, { room: 'r' }, 'PRACTITIONER'),
      subscribe(QUERY, { room: 'r' }, 'COORDINATOR'),
    ]);
    expect(answers.map((a) => a[0]!.data)).toEqual([
      { events: { id: '1', words: 'ONE' } },
      { events: { id: '1', words: 'one' } },
      { events: { words: 'one' } },
      { events: { id: '1', words: 'one' } },
      { events: { id: '1', words: 'one' } },
    ]);
    expect(answers[4]![0]).not.toBe(answers[3]![0]);
    expect(executions()).toBe(5);
  });
});
