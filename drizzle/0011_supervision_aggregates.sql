CREATE TABLE "supervision_count" (
	"metric" text NOT NULL,
	"region_code" text NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"k1" text DEFAULT '' NOT NULL,
	"k2" text DEFAULT '' NOT NULL,
	"k3" text DEFAULT '' NOT NULL,
	"k4" text DEFAULT '' NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "supervision_count_metric_region_code_period_k1_k2_k3_k4_pk" PRIMARY KEY("metric","region_code","period","k1","k2","k3","k4")
);
--> statement-breakpoint
CREATE TABLE "supervision_delta" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_delta_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"metric" text NOT NULL,
	"region_code" text NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"k1" text DEFAULT '' NOT NULL,
	"k2" text DEFAULT '' NOT NULL,
	"k3" text DEFAULT '' NOT NULL,
	"k4" text DEFAULT '' NOT NULL,
	"n" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "proactive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case" ADD COLUMN "savings" jsonb;--> statement-breakpoint
ALTER TABLE "sub_case" ADD COLUMN "handled_working_days" integer;--> statement-breakpoint
CREATE INDEX "supervision_delta_metric" ON "supervision_delta" USING btree ("metric","region_code");--> statement-breakpoint
CREATE INDEX "sub_case_open_due" ON "sub_case" USING btree ("due_on","region_code") WHERE state in ('pending', 'in_review') and paused_since is null;--> statement-breakpoint
-- Supervision's figures are kept as the case tables change. Each table has one function that
-- says what a row counts for (its "facts"); statement triggers with transition tables add the
-- new rows' facts and subtract the old rows', grouped, and append the net deltas at each level of
-- the row's region (county, prefecture, province). A bulk load is one grouped insert.
CREATE FUNCTION supervision_region_levels(code text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[code, left(code, 4) || '00', left(code, 2) || '0000']) AS x)
$$;--> statement-breakpoint
CREATE FUNCTION supervision_month(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_char(t AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
$$;--> statement-breakpoint
CREATE FUNCTION supervision_case_facts(r "case")
  RETURNS TABLE (metric text, region_code text, period text, k1 text, k2 text, k3 text, k4 text, n bigint)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH c AS (SELECT CASE WHEN r.proactive THEN 'proactive' ELSE r.channel END AS channel)
  SELECT 'case.state', r.region_code, '', c.channel, r.state, '', '', 1::bigint FROM c
  UNION ALL
  SELECT 'case.received', r.region_code, supervision_month(r.submitted_at), c.channel, '', '', '', 1 FROM c
  UNION ALL
  SELECT 'case.completed', r.region_code, supervision_month(r.completed_at), c.channel, '', '', '', 1
  FROM c WHERE r.completed_at IS NOT NULL
  UNION ALL
  SELECT 'savings', r.region_code, supervision_month(r.submitted_at), s.key, '', '', '', s.value::bigint
  FROM jsonb_each_text(COALESCE(r.savings, '{}'::jsonb)) AS s
  WHERE s.value ~ '^[0-9]{1,9}$' AND s.value::bigint > 0
$$;--> statement-breakpoint
CREATE FUNCTION supervision_sub_case_facts(r "sub_case")
  RETURNS TABLE (metric text, region_code text, period text, k1 text, k2 text, k3 text, k4 text, n bigint)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'sub.state', r.region_code, '', r.department_code, r.matter_code, r.state, '', 1::bigint
  UNION ALL
  -- Open with the clock running: by due date and committed days, so that "overdue" and "at
  -- risk" are read for any day without touching the rows.
  SELECT 'sub.open', r.region_code, r.due_on::text, r.department_code, r.matter_code,
         COALESCE(r.committed_working_days, 0)::text, '', 1
  WHERE r.state IN ('pending', 'in_review') AND r.paused_since IS NULL AND r.due_on IS NOT NULL
  UNION ALL
  -- Ended by the department: how many working days it took, and whether within the limit.
  SELECT 'sub.ended', r.region_code, to_char(r.ended_on, 'YYYY-MM'), r.department_code, r.matter_code,
         r.handled_working_days::text,
         CASE WHEN r.due_on IS NULL THEN '' WHEN r.ended_on > r.due_on THEN 'late' ELSE 'on_time' END, 1
  WHERE r.state IN ('completed', 'rejected') AND r.ended_on IS NOT NULL AND r.handled_working_days IS NOT NULL
$$;--> statement-breakpoint
CREATE FUNCTION supervision_rating_facts(r "rating", region text)
  RETURNS TABLE (metric text, region_code text, period text, k1 text, k2 text, k3 text, k4 text, n bigint)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'rating', region, supervision_month(r.created_at),
         CASE WHEN r.target LIKE 'department:%' THEN substr(r.target, 12) ELSE '' END,
         r.level::text, r.channel, '', 1::bigint
  WHERE region IS NOT NULL
$$;--> statement-breakpoint
CREATE FUNCTION supervision_follow_up_facts(r "follow_up")
  RETURNS TABLE (metric text, region_code text, period text, k1 text, k2 text, k3 text, k4 text, n bigint)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'follow_up.state', r.region_code, '', COALESCE(r.department_code, ''), r.state, '', '', 1::bigint
  UNION ALL
  SELECT 'follow_up.open', r.region_code, r.due_on::text, COALESCE(r.department_code, ''), '', '', '', 1
  WHERE r.state <> 'closed'
$$;--> statement-breakpoint
CREATE FUNCTION supervision_death_notice_facts(r "death_notice")
  RETURNS TABLE (metric text, region_code text, period text, k1 text, k2 text, k3 text, k4 text, n bigint)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- A benefit stopped without anyone applying (信息应用): counted as a saving.
  SELECT 'savings', r.region_code, supervision_month(r.acknowledged_at), 'benefitsStopped', '', '', '', 1::bigint
  WHERE r.outcome = 'terminated' AND r.acknowledged_at IS NOT NULL
$$;--> statement-breakpoint
CREATE FUNCTION supervision_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has (plpgsql plans a statement when
  -- it first runs it).
  IF TG_OP = 'INSERT' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_case_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_case_facts(r) x UNION ALL SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_case_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSE
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_case_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION supervision_sub_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has (plpgsql plans a statement when
  -- it first runs it).
  IF TG_OP = 'INSERT' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_sub_case_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_sub_case_facts(r) x UNION ALL SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_sub_case_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSE
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_sub_case_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION supervision_rating_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has (plpgsql plans a statement when
  -- it first runs it).
  IF TG_OP = 'INSERT' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r JOIN "case" c ON c.id = r.case_id, LATERAL supervision_rating_facts(r, c.region_code) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r JOIN "case" c ON c.id = r.case_id, LATERAL supervision_rating_facts(r, c.region_code) x UNION ALL SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r JOIN "case" c ON c.id = r.case_id, LATERAL supervision_rating_facts(r, c.region_code) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSE
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r JOIN "case" c ON c.id = r.case_id, LATERAL supervision_rating_facts(r, c.region_code) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION supervision_follow_up_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has (plpgsql plans a statement when
  -- it first runs it).
  IF TG_OP = 'INSERT' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_follow_up_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_follow_up_facts(r) x UNION ALL SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_follow_up_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSE
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_follow_up_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION supervision_death_notice_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has (plpgsql plans a statement when
  -- it first runs it).
  IF TG_OP = 'INSERT' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_death_notice_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, x.n FROM new_rows r, LATERAL supervision_death_notice_facts(r) x UNION ALL SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_death_notice_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  ELSE
    INSERT INTO supervision_delta (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)
    FROM (SELECT x.metric, x.region_code, x.period, x.k1, x.k2, x.k3, x.k4, -x.n FROM old_rows r, LATERAL supervision_death_notice_facts(r) x) AS f (metric, region_code, period, k1, k2, k3, k4, n),
      LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- What every figure should be, counted from the case tables: for the backfill below, for
-- `lianban supervision verify` (a figure edited by hand shows up) and for a rebuild.
CREATE FUNCTION supervision_recount()
  RETURNS TABLE (metric text, region_code text, period text, k1 text, k2 text, k3 text, k4 text, n bigint)
  LANGUAGE sql STABLE AS $$
  SELECT f.metric, level.code, f.period, f.k1, f.k2, f.k3, f.k4, sum(f.n)::bigint
  FROM (SELECT x.* FROM "case" r, LATERAL supervision_case_facts(r) x UNION ALL SELECT x.* FROM "sub_case" r, LATERAL supervision_sub_case_facts(r) x UNION ALL SELECT x.* FROM "rating" r JOIN "case" c ON c.id = r.case_id, LATERAL supervision_rating_facts(r, c.region_code) x UNION ALL SELECT x.* FROM "follow_up" r, LATERAL supervision_follow_up_facts(r) x UNION ALL SELECT x.* FROM "death_notice" r, LATERAL supervision_death_notice_facts(r) x) AS f,
    LATERAL unnest(supervision_region_levels(f.region_code)) AS level (code)
  GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0
$$;--> statement-breakpoint
INSERT INTO supervision_count (metric, region_code, period, k1, k2, k3, k4, n)
SELECT * FROM supervision_recount();--> statement-breakpoint
-- Folding the deltas into the counts: one folder at a time (the others skip), oldest first.
CREATE FUNCTION supervision_fold(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  upto bigint;
  folded integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7231013) THEN
    RETURN 0;
  END IF;
  -- A range of the primary key, not a list of ids: after a bulk load the table is large and its
  -- statistics stale, and a list invites a plan that compares every row with every id.
  SELECT max(id) INTO upto FROM (SELECT id FROM supervision_delta ORDER BY id LIMIT batch) AS oldest;
  IF upto IS NULL THEN
    RETURN 0;
  END IF;
  WITH gone AS (
    DELETE FROM supervision_delta WHERE id <= upto
    RETURNING metric, region_code, period, k1, k2, k3, k4, n
  ), summed AS (
    SELECT metric, region_code, period, k1, k2, k3, k4, sum(n)::bigint AS n, count(*) AS rows
    FROM gone GROUP BY 1, 2, 3, 4, 5, 6, 7
  ), applied AS (
    INSERT INTO supervision_count AS c (metric, region_code, period, k1, k2, k3, k4, n)
    SELECT metric, region_code, period, k1, k2, k3, k4, n FROM summed
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (metric, region_code, period, k1, k2, k3, k4) DO UPDATE SET n = c.n + excluded.n
  )
  SELECT COALESCE(sum(rows), 0) INTO folded FROM summed;
  DELETE FROM supervision_count WHERE n = 0;
  RETURN folded;
END;
$$;--> statement-breakpoint
CREATE INDEX supervision_count_zero ON supervision_count (metric) WHERE n = 0;--> statement-breakpoint
CREATE TRIGGER case_supervision_insert AFTER INSERT ON "case" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_case_changed();--> statement-breakpoint
CREATE TRIGGER case_supervision_update AFTER UPDATE ON "case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_case_changed();--> statement-breakpoint
CREATE TRIGGER case_supervision_delete AFTER DELETE ON "case" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_case_changed();--> statement-breakpoint
CREATE TRIGGER sub_case_supervision_insert AFTER INSERT ON "sub_case" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_sub_case_changed();--> statement-breakpoint
CREATE TRIGGER sub_case_supervision_update AFTER UPDATE ON "sub_case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_sub_case_changed();--> statement-breakpoint
CREATE TRIGGER sub_case_supervision_delete AFTER DELETE ON "sub_case" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_sub_case_changed();--> statement-breakpoint
CREATE TRIGGER rating_supervision_insert AFTER INSERT ON "rating" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_rating_changed();--> statement-breakpoint
CREATE TRIGGER rating_supervision_update AFTER UPDATE ON "rating" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_rating_changed();--> statement-breakpoint
CREATE TRIGGER rating_supervision_delete AFTER DELETE ON "rating" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_rating_changed();--> statement-breakpoint
CREATE TRIGGER follow_up_supervision_insert AFTER INSERT ON "follow_up" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_follow_up_changed();--> statement-breakpoint
CREATE TRIGGER follow_up_supervision_update AFTER UPDATE ON "follow_up" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_follow_up_changed();--> statement-breakpoint
CREATE TRIGGER follow_up_supervision_delete AFTER DELETE ON "follow_up" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_follow_up_changed();--> statement-breakpoint
CREATE TRIGGER death_notice_supervision_insert AFTER INSERT ON "death_notice" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_death_notice_changed();--> statement-breakpoint
CREATE TRIGGER death_notice_supervision_update AFTER UPDATE ON "death_notice" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_death_notice_changed();--> statement-breakpoint
CREATE TRIGGER death_notice_supervision_delete AFTER DELETE ON "death_notice" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supervision_death_notice_changed();--> statement-breakpoint
