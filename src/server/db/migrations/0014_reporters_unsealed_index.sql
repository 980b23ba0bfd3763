-- Start-up looks for reporter identities still in plaintext (decision 013) on every start. Without
-- an index that reads every identity (about 135 ms for 1M rows when cached, far more from disk);
-- this partial index holds only the unsealed rows, so it is empty once they are sealed and sealed
-- rows never enter it.
CREATE INDEX "case_reporters_unsealed_idx" ON "case_reporters" USING btree ("case_id") WHERE identity not like 'v1.%';