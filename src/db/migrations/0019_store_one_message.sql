-- One chat message stored by one call: what the writer's batch statement does (see
-- db/queries/message-batch.ts), in steps. A conversation at light load sends one message per
-- batch, and there the set-based statement costs about a third more than these few steps.
--
-- Each step of a volatile plpgsql function reads with its own snapshot, so once the
-- conversation is locked the client-id check sees whatever another node committed before it:
-- unlike the batch statement, nothing here has to be sent again.
--
-- Returns the batch statement's outcome shape: `stored` (the new row, as the database made
-- it) or `old` (the row already stored under this client id), both as arrays of one, or
-- neither when the draft may not write (another workspace's conversation, or a customer
-- writing to someone else's).
create function store_one_message(p_workspace uuid, p_conversation uuid, p_client_id text,
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
  update conversations set last_seq = m.seq, updated_at = now() where id = p_conversation;
  insert into webhook_deliveries (workspace_id, endpoint_id, event, payload)
  select m.workspace_id, w.id, 'message.created', jsonb_build_object('message',
    jsonb_build_object('conversationId', m.conversation_id, 'seq', m.seq,
      'clientId', m.client_id, 'authorType', m.author_type, 'authorId', m.author_id,
      'private', m.private, 'body', m.body,
      'createdAt', to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
  from webhook_endpoints w where w.workspace_id = m.workspace_id and w.active
    and 'message.created' = any (w.events);
  return json_build_object('old', null, 'retry', null, 'stored', json_build_array(
    json_build_array(m.conversation_id, m.client_id, m.id, m.seq,
      floor(extract(epoch from m.created_at) * 1000))));
end $fn$;
