CREATE TABLE "need_scores" (
	"need_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "need_scores_need_id_volunteer_id_pk" PRIMARY KEY("need_id","volunteer_id")
);
--> statement-breakpoint
CREATE INDEX "need_scores_page" ON "need_scores" USING btree ("need_id","score" DESC NULLS LAST,"volunteer_id");--> statement-breakpoint
CREATE INDEX "need_scores_volunteer" ON "need_scores" USING btree ("volunteer_id");