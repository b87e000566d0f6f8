-- Every message moved its conversation's updated_at, an indexed column, so every message's
-- conversation update was a new row version with an entry in each of the table's six indexes:
-- half of a lone message's WAL (1,199 bytes; 597 after this). The inbox orders by that time,
-- and to the second is enough for an order by activity, so a message moves it only when it is
-- over a second old: the other updates change no indexed column and stay on their page (HOT),
-- which also keeps the table from bloating on PGlite, where nothing vacuums it. Free room on
-- each page is what lets those updates stay there.
alter table conversations set (fillfactor = 80);

-- What a new message makes of its conversation's activity time `p_at`.
create function activity_stamp(p_at timestamptz) returns timestamptz
  language sql stable as $$
  select case when p_at > now() - interval '1 second' then p_at else now() end
$$;

-- The body of a `message.created` webhook, written where a message is stored: by the
-- writer's batch statement (db/queries/message-batch.ts) and by store_one_message below.
-- createdAt in milliseconds, as the ack carries it.
create function message_created_payload(p_conversation uuid, p_seq bigint, p_client_id text,
  p_author_type text, p_author_id uuid, p_private boolean, p_body text, p_created_at timestamptz)
  returns jsonb language sql stable as $$
  select jsonb_build_object('message', jsonb_build_object('conversationId', p_conversation,
    'seq', p_seq, 'clientId', p_client_id, 'authorType', p_author_type, 'authorId', p_author_id,
    'private', p_private, 'body', p_body,
    'createdAt', to_char(p_created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
$$;

-- store_one_message of 0019, with both of the above.
create or replace function store_one_message(p_workspace uuid, p_conversation uuid, p_client_id text,
  p_author_type text, p_author_id uuid, p_private boolean, p_body text, p_contact_guard uuid)
  returns json language plpgsql as $fn$
declare
  v_last_seq bigint;
  m messages;
begin
  select last_seq into v_last_seq from conversations
  where id = p_conversation and workspace_id = p_workspace
    and (p_contact_guard is null or contact_id = p_contact_guard)
  for update;
  if not found then
    return json_build_object('stored', null, 'old', null, 'retry', null);
  end if;
  select * into m from messages where conversation_id = p_conversation
    and client_id = p_client_id;
  if found then
    return json_build_object('stored', null, 'retry', null, 'old', json_build_array(
      json_build_array(0, m.conversation_id, m.client_id, m.id, m.seq,
        floor(extract(epoch from m.created_at) * 1000), m.workspace_id, m.author_type,
        m.author_id, m.private, m.body)));
  end if;
  -- created_at in milliseconds, as the batch statement (the wire carries no more).
  insert into messages (workspace_id, conversation_id, seq, client_id, author_type, author_id,
    private, body, created_at)
  values (p_workspace, p_conversation, v_last_seq + 1, p_client_id, p_author_type, p_author_id,
    p_private, p_body, date_trunc('milliseconds', now()))
  returning * into m;
  update conversations set last_seq = m.seq, updated_at = activity_stamp(updated_at)
  where id = p_conversation;
  insert into webhook_deliveries (workspace_id, endpoint_id, event, payload)
  select m.workspace_id, w.id, 'message.created', message_created_payload(m.conversation_id,
    m.seq, m.client_id, m.author_type, m.author_id, m.private, m.body, m.created_at)
  from webhook_endpoints w where w.workspace_id = m.workspace_id and w.active
    and 'message.created' = any (w.events);
  return json_build_object('old', null, 'retry', null, 'stored', json_build_array(
    json_build_array(m.conversation_id, m.client_id, m.id, m.seq,
      floor(extract(epoch from m.created_at) * 1000))));
end $fn$;
