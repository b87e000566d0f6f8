import type { Db } from '../db.js';

/** One workspace, a half-open period [from, to), and the moment the figures are made. */
export interface MetricsWindow {
  workspaceId: string;
  from: Date;
  to: Date;
  /** Nothing recorded after this moment is known yet (tests set it; the app passes its clock). */
  asOf: Date;
}

const params = (w: MetricsWindow) => [
  w.workspaceId,
  w.from.toISOString(),
  w.to.toISOString(),
  w.asOf.toISOString(),
];

/**
 * The conversations the assistant owned first, started in the period, with the facts their
 * outcome is decided on. The first owner is the `from_owner` of the first handoff, or the
 * current owner when there never was one; a conversation with an automated answer counts too.
 * Set-based on purpose (one pass per table, hash joins): a correlated subquery per
 * conversation walked the workspace's whole answer index for each one.
 * $1 workspace, $2 from, $3 to, $4 as of, $5 the "did not come back" window in seconds.
 */
const ASSISTANT_FIRST = `
  with started as (
    select c.id, c.owner, c.created_at from conversations c
     where c.workspace_id = $1 and c.created_at >= $2::timestamptz
       and c.created_at < $3::timestamptz and c.created_at <= $4::timestamptz
  ),
  handoffs as (
    select h.conversation_id, h.id, h.from_owner, h.reason, h.at
      from conversation_handoffs h join started s on s.id = h.conversation_id
     where h.workspace_id = $1
  ),
  first_handoff as (
    select distinct on (conversation_id) conversation_id, from_owner
      from handoffs order by conversation_id, id
  ),
  bot_handoff as (
    select distinct on (conversation_id) conversation_id, reason
      from handoffs where from_owner = 'bot' and at <= $4::timestamptz
     order by conversation_id, id
  ),
  answers as (
    select a.conversation_id, a.created_at, a.seq, a.declined, a.helpful
      from bot_answers a join started s on s.id = a.conversation_id
     where a.workspace_id = $1 and a.created_at <= $4::timestamptz
  ),
  last_answer as (
    select distinct on (conversation_id) conversation_id, created_at, declined, helpful,
           bool_or(helpful) over (partition by conversation_id) as confirmed
      from answers order by conversation_id, created_at desc, seq desc
  ),
  came_back as (
    select distinct m.conversation_id
      from messages m join last_answer l on l.conversation_id = m.conversation_id
     where m.workspace_id = $1 and m.author_type = 'contact' and m.created_at > l.created_at
       and m.created_at <= least(l.created_at + $5::int * interval '1 second', $4::timestamptz)
  ),
  facts as (
    select s.id, s.created_at, l.created_at as last_at, l.declined as last_declined,
           l.helpful as last_helpful, coalesce(l.confirmed, false) as confirmed,
           b.reason as handoff_reason, cb.conversation_id is not null as came_back
      from started s
      left join first_handoff f on f.conversation_id = s.id
      left join bot_handoff b on b.conversation_id = s.id
      left join last_answer l on l.conversation_id = s.id
      left join came_back cb on cb.conversation_id = s.id
     where coalesce(f.from_owner, s.owner) = 'bot' or l.conversation_id is not null
  ),
  outcomes as (
    select f.*, case
      when f.handoff_reason is not null then 'handed_over'
      when f.confirmed then 'confirmed'
      -- The customer wrote again after the last answer: it did not settle their question.
      when f.came_back then 'unresolved'
      -- Still inside the window: too early to say.
      when $4::timestamptz < coalesce(f.last_at, f.created_at) + $5::int * interval '1 second'
        then 'pending'
      -- No answer at all, a decline, or an answer rated unhelpful is no resolution by silence.
      when f.last_at is null or f.last_declined or f.last_helpful = false then 'unresolved'
      else 'silent'
    end as outcome
    from facts f
  )`;

export interface OutcomeCount {
  outcome: 'handed_over' | 'confirmed' | 'unresolved' | 'pending' | 'silent';
  /** The first handoff's reason when handed over; null otherwise. */
  reason: string | null;
  n: number;
}

/** How the assistant-first conversations of the period ended, counted by outcome and reason. */
export async function countAssistantOutcomes(
  db: Db,
  w: MetricsWindow,
  comeBackSeconds: number,
): Promise<OutcomeCount[]> {
  return db.query<OutcomeCount>(
    `${ASSISTANT_FIRST}
     select outcome, handoff_reason as reason, count(*)::int as n
       from outcomes group by outcome, handoff_reason order by n desc, reason`,
    [...params(w), comeBackSeconds],
  );
}

export interface AnswerCounts {
  total: number;
  declined: number;
  rated: number;
  helpful: number;
}

/** The automated answers given in the period: declined, rated, rated helpful. */
export async function countBotAnswers(db: Db, w: MetricsWindow): Promise<AnswerCounts> {
  const [row] = await db.query<AnswerCounts>(
    `select count(*)::int as total,
            count(*) filter (where declined)::int as declined,
            count(*) filter (where helpful is not null)::int as rated,
            count(*) filter (where helpful)::int as helpful
       from bot_answers
      where workspace_id = $1 and created_at >= $2::timestamptz and created_at < $3::timestamptz
        and created_at <= $4::timestamptz`,
    params(w),
  );
  return row!;
}

export interface ArticleStatRow {
  id: string;
  title: string;
  slug: string;
  status: 'draft' | 'published';
  helpful_count: number;
  not_helpful_count: number;
  cited: number;
}

/**
 * Every article that was voted on (ever) or cited by an automated answer in the period. Votes
 * carry no date, so they are all-time counts; citations are counted per answer.
 */
export async function listArticleStats(db: Db, w: MetricsWindow): Promise<ArticleStatRow[]> {
  return db.query<ArticleStatRow>(
    `with cited as (
       select c ->> 'articleId' as article_id, count(distinct a.id)::int as n
         from bot_answers a cross join lateral jsonb_array_elements(a.citations) c
        where a.workspace_id = $1 and not a.declined and a.created_at >= $2::timestamptz
          and a.created_at < $3::timestamptz and a.created_at <= $4::timestamptz
        group by 1)
     select k.id, k.title, k.slug, k.status, k.helpful_count, k.not_helpful_count,
            coalesce(cited.n, 0) as cited
       from kb_articles k left join cited on cited.article_id = k.id::text
      where k.workspace_id = $1
        and (k.helpful_count + k.not_helpful_count > 0 or cited.n is not null)
      order by cited desc, k.helpful_count + k.not_helpful_count desc, k.title`,
    params(w),
  );
}
