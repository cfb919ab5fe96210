--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: journal_postings_refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal_postings_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'journal_postings is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;


--
-- Name: ledger_require(boolean, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ledger_require(ok boolean, what text, detail text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION USING ERRCODE = 'LG001',
            MESSAGE = what || ': ' || coalesce(detail, '');
    END IF;
    RETURN true;
END
$$;


--
-- Name: orleans_insert_membership(text, text, integer, integer, text, text, integer, integer, timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.orleans_insert_membership(p_deployment text, p_address text, p_port integer, p_generation integer, p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamp with time zone, p_i_am_alive_time timestamp with time zone, p_version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM 1 FROM orleansmembershipversiontable
    WHERE deploymentid = p_deployment AND version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status,
        proxyport, starttime, iamalivetime)
    VALUES (p_deployment, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
        p_proxy_port, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
    WHERE deploymentid = p_deployment;
    RETURN 1;
END
$$;


--
-- Name: orleans_update_membership(text, text, integer, integer, integer, text, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.orleans_update_membership(p_deployment text, p_address text, p_port integer, p_generation integer, p_status integer, p_suspect_times text, p_i_am_alive_time timestamp with time zone, p_version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM 1 FROM orleansmembershipversiontable
    WHERE deploymentid = p_deployment AND version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    UPDATE orleansmembershiptable
    SET status = p_status, suspecttimes = p_suspect_times, iamalivetime = p_i_am_alive_time
    WHERE deploymentid = p_deployment AND address = p_address AND port = p_port
        AND generation = p_generation;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
    WHERE deploymentid = p_deployment;
    RETURN 1;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: command_outcomes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.command_outcomes (
    scope text NOT NULL COLLATE pg_catalog."C",
    command_id text NOT NULL COLLATE pg_catalog."C",
    partition_id integer NOT NULL,
    content_hash bytea NOT NULL,
    outcome text NOT NULL COLLATE pg_catalog."C",
    business_date date,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT command_outcomes_content_hash_check CHECK ((length(content_hash) = 32))
);


--
-- Name: grains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.grains (
    borrower_id text NOT NULL COLLATE pg_catalog."C",
    kind smallint NOT NULL,
    entity_id text NOT NULL COLLATE pg_catalog."C",
    partition_id integer NOT NULL,
    version bigint NOT NULL,
    state bytea NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    closed_through date,
    CONSTRAINT grains_closed_through_of_borrowers CHECK (((kind = 1) = (closed_through IS NOT NULL))),
    CONSTRAINT grains_kind_check CHECK (((kind >= 1) AND (kind <= 3))),
    CONSTRAINT grains_version_check CHECK ((version > 0))
)
WITH (fillfactor='70');


--
-- Name: journal_postings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_postings (
    borrower_id text NOT NULL COLLATE pg_catalog."C",
    entry_seq bigint NOT NULL,
    posting_no integer NOT NULL,
    partition_id integer NOT NULL,
    business_date date NOT NULL,
    entity_kind smallint NOT NULL,
    entity_id text NOT NULL COLLATE pg_catalog."C",
    event text NOT NULL,
    command_id text COLLATE pg_catalog."C",
    account text NOT NULL COLLATE pg_catalog."C",
    amount_minor bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT journal_postings_entity_kind_check CHECK (((entity_kind >= 1) AND (entity_kind <= 3)))
);


--
-- Name: ledger_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger_meta (
    id smallint DEFAULT 1 NOT NULL,
    partition_count integer NOT NULL,
    business_date date,
    created_at timestamp with time zone NOT NULL,
    closed_through date,
    CONSTRAINT ledger_meta_id_check CHECK ((id = 1)),
    CONSTRAINT ledger_meta_partition_count_check CHECK ((partition_count > 0))
);


--
-- Name: orleansmembershiptable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansmembershiptable (
    deploymentid character varying(150) NOT NULL,
    address character varying(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    siloname character varying(150) NOT NULL,
    hostname character varying(150) NOT NULL,
    status integer NOT NULL,
    proxyport integer,
    suspecttimes character varying(8000),
    starttime timestamp(3) with time zone NOT NULL,
    iamalivetime timestamp(3) with time zone NOT NULL
);


--
-- Name: orleansmembershipversiontable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansmembershipversiontable (
    deploymentid character varying(150) NOT NULL,
    "timestamp" timestamp(3) with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: orleansquery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansquery (
    querykey character varying(64) NOT NULL,
    querytext text NOT NULL
);


--
-- Name: orleansreminderstable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansreminderstable (
    serviceid character varying(150) NOT NULL,
    grainid character varying(150) NOT NULL,
    remindername character varying(150) NOT NULL,
    starttime timestamp(3) with time zone NOT NULL,
    period bigint NOT NULL,
    grainhash integer NOT NULL,
    version integer NOT NULL
);


--
-- Name: orleansstorage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansstorage (
    grainidhash integer NOT NULL,
    grainidn0 bigint NOT NULL,
    grainidn1 bigint NOT NULL,
    graintypehash integer NOT NULL,
    graintypestring character varying(512) NOT NULL,
    grainidextensionstring character varying(512),
    serviceid character varying(150) NOT NULL,
    payloadbinary bytea,
    modifiedon timestamp with time zone NOT NULL,
    version integer
);


--
-- Name: partitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partitions (
    partition_id integer NOT NULL,
    owner text COLLATE pg_catalog."C",
    epoch bigint NOT NULL,
    lease_expires_at timestamp with time zone NOT NULL,
    CONSTRAINT partitions_epoch_check CHECK ((epoch >= 0)),
    CONSTRAINT partitions_partition_id_check CHECK ((partition_id >= 0))
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: silos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.silos (
    silo_id text NOT NULL COLLATE pg_catalog."C",
    endpoint text NOT NULL,
    started_at timestamp with time zone NOT NULL,
    status text NOT NULL,
    heartbeat_at timestamp with time zone NOT NULL,
    CONSTRAINT silos_status_known CHECK ((status = ANY (ARRAY['active'::text, 'draining'::text, 'stopped'::text])))
);


--
-- Data for Name: command_outcomes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.command_outcomes VALUES ('', 'start', 0, '\xfc8f485225bbee7ea7d56924932a63f78ea0c2423a3c65b5dd5723a931de7da4', 'ACCEPTED', NULL, '2026-12-07 01:28:51.027022+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c2', 9, '\x8f2ff8fc00192ea3060f276cfe8730520e84ca0ea8b406ea844129e5542217ee', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.202954+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c3', 9, '\x83ba1611e226c87446361af01e11f169d061b9c9a28c8a818dfc2d0c648c9b02', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.355481+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c4', 9, '\xe5643ecd0d14048ae916174cf8442e9f583bf2ff88f0028f1818596dca3db980', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.400864+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c5', 9, '\x4382d7196efc73883515a16245cb153600aca4c973c6b1c3bfb26dcc91da4c80', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.441357+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c6', 9, '\xbe697443a65eb798f9454ff5afbfac971e873f66c939ae4d0c8d02df4424930a', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.455106+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c7', 6, '\x47b097798a6816e291a826363e32f5509a37e386bfa76d584793d4bb004c71c1', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.476677+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c8', 6, '\x9c8013c51b7a5816df80e84f4b4bd8be5945e5d9d1fb907d98b6111db195d280', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.612945+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c9', 6, '\x678e9de629fbceee83ab13b56fc8ca38219dd3987cad3dba49028526f29ede1d', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.63292+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c10', 6, '\x5d98f3ef43e7b6d8121dcf377c8e2b60402b10d5971ddca96396330d3715b2c1', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.656773+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c11', 6, '\xa9fc4bf9a052c09e8f80a1fd70eccd369144f8658b1c64c1be9cbc732d9419d3', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.680811+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c12', 3, '\xf9aafe123824070354e617ee4f6977606816959a6f98fa5550090451dba2a484', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.715158+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c13', 3, '\x10967e00b39473fa36c3ba5c89a4eefa8c5dac4415c80d147e382bbb2b78459b', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.74478+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c14', 3, '\x112ea16fb9ffc4e9af70d7aef127c16fe384cd7db4cd632343c425eef0ebc66e', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.772801+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c15', 3, '\x88a997d561ba8c39d2777e98602e61d6d500aaf03e17814169611957ad34f404', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.780781+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c16', 3, '\x48524b693d537850c094a831b42c3a2f6a94177e07825af5249297877846b8fe', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.786304+00');
INSERT INTO public.command_outcomes VALUES ('FARM0003', 'c17', 0, '\x0ff6e7b7ca304fab6353ede0ff30c7b8aaac0ad23ad004b13f3735d7b4dc59e3', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.794784+00');
INSERT INTO public.command_outcomes VALUES ('FARM0003', 'c18', 0, '\xb15fbb29e6ffef7609ae1c353a432d4d07a3d63770f59baccca4c2fc66a0253b', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.804668+00');
INSERT INTO public.command_outcomes VALUES ('FARM0003', 'c19', 0, '\xe7eaff3eee1135006d332205e75ca656b841548dffd19f1002afa7097d3693e2', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.828682+00');
INSERT INTO public.command_outcomes VALUES ('FARM0003', 'c20', 0, '\x816b870941a7c55fb54caa953a33c71a03e7d3fb2760d096e32c2b1a676ba46a', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.832982+00');
INSERT INTO public.command_outcomes VALUES ('FARM0003', 'c21', 0, '\x46bdb9aac745d0075a7f1ea757d07eefa597e9e6904bf519d865854d5ff683e4', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.858102+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c22', 5, '\x38f5c091b0a0e85a23f12ecde0c5e6035c790a46f656a1386493ed6c187c7abf', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.877186+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c23', 5, '\x6968e13dc2b3898d9f797add11c653148268a5ffed649448136bb93680e7a706', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.908699+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c24', 5, '\xc34da183bb94a3845ae7bb28285acd28692b620d87e7a81385a264db2e331872', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.920695+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c25', 5, '\x42ed14af2b4e81c2160454f7c7b54d6409a9e59beccaa3b0a299dc0fe476d3b8', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.944642+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c26', 5, '\x03a2ed01bc2e9653bffd17388797cb11428ab0bd21bc1b6af852f5ee5818bbc9', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.956661+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c27', 2, '\x52adcc801519d0163b297ac32a2f0e4eba7c29939339ed743265b725910d3c22', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.984963+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c28', 2, '\xcf527993a5338d467307b786ad8b44ce755ba6085fe4d6045987079c790ebe3d', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:51.996651+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c29', 2, '\x1ad8b9609eeeab1e50d60c290d5adcf2ffc640960b25c1bddc922aca0a4c5f27', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.0166+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c30', 2, '\x7b609593f7e52103659b0721e7f540f001e82118a1d80e73a128495d53826fdb', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.035749+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c31', 2, '\xb1763bc992592e16c36455899e023d61c028ecbbe751c4310f1635a7abc49832', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.048536+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c32', 15, '\x1a7c72cbbe5af21980bdb2bcdd2c68e0532aa1ef1e899d3a34967ce814e1eecd', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.071599+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c33', 15, '\x7d8c501aa80fdb9878c9dbf6cd849fb6c8cc3ba553141cc1c1cb11728ff94fe5', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.076619+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c34', 15, '\x22073e9b2eecb47409fef345bf8b9100685f36d04d75c524767f0d2a3f57315a', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.184888+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c35', 15, '\x2044cddd7666955f54f8e525e9a5bec9f0dc724ce4787193a460dace699c217e', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.200838+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c36', 15, '\x52416c2b6563f564484f0ebaba26b529d54f274aae1387b988af98a680e048e0', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.212764+00');
INSERT INTO public.command_outcomes VALUES ('FARM0007', 'c37', 12, '\x20d32c99d66c960915693cd5d96eb2fc88f5774b6c583226ff7dd6d84d85abd3', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.21834+00');
INSERT INTO public.command_outcomes VALUES ('FARM0007', 'c38', 12, '\xe964cbfdc92b6da48194067eb152786f3295a3dbe9416df633a62a8a6977ad26', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.224928+00');
INSERT INTO public.command_outcomes VALUES ('FARM0007', 'c39', 12, '\xa7b14e087c8a9cbff6af670211c52293e9c0fcd07c5aedf87b294b2275ef285e', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.226511+00');
INSERT INTO public.command_outcomes VALUES ('FARM0007', 'c40', 12, '\x5f91cb6357b563d321adc39d452d03252bbb715ae85276c98202d0a2e7af99c3', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.228505+00');
INSERT INTO public.command_outcomes VALUES ('FARM0007', 'c41', 12, '\x1674f17b8cb9a573c7a7fe7125a83a26f464cee93155d0177ad1dc5b5477b7ca', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.229875+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c42', 1, '\x81270378dcadb5ca00554f68a8d09f7139b991092e9ee9616288173931882901', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.232413+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c43', 1, '\xa0fc775280e18c81b664cbef293d4913935917b0cacc6568ee886a6429a95fa7', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.233773+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c44', 1, '\xc218bd7c863f331dcd258012d3a7918ca20959b8d6d2b0a16eea34e7d570c864', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.238325+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c45', 1, '\xed3dd5446344af59205d78779e111af548ac59c48334af9e158c74384cfff5e8', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.246071+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c46', 1, '\x9ebf60d32ee795cfbb534d251cb87e6f9c90d8e3cd1613b957e0670e8444e4c5', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.262208+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c47', 14, '\x8f44cdfc2d67fcf8da341a610ecdebf354d94a479de1baf808a94e9cbf2d439d', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.264769+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c48', 14, '\x49b55673f1eb923d3fddfb9da73d7b71a74d708b162b4362e2e9c579eb8763a6', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.267262+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c49', 14, '\x772df9671883b54cdb13eb2e347138a545a01a3450206aae8df38bfc9bcb99b1', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.283169+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c50', 14, '\x57a23162a471ff4617443c83c60d902f614c73c751d6caa24691fed60e292463', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.295986+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c51', 14, '\x1b3465c5480d15fa31a10c41f008fa926204a6a5802f930135d8e7babb9f43ba', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.312613+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-01', 0, '\x462913092d9cf31de7ba06cc1c207e760ddad2c45d5b4094624819e2c4e1d48f', 'ACCEPTED', '2024-03-01', '2026-12-07 01:28:52.325824+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-02', 0, '\xbdd3f62c2a32d9b5fb4b0cc9a6c1716202782ae219975dfc858c648a0c873c09', 'ACCEPTED', '2024-03-02', '2026-12-07 01:28:52.378625+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-03', 0, '\x0673dfbc265073253dac9f797bde60c5be7490554ad84502d24888d37c0db7fd', 'ACCEPTED', '2024-03-03', '2026-12-07 01:28:52.449221+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-04', 0, '\x32b6f6c19520091fdb629a3e9527c457530f076236a9ccc47cd429d90d80cd97', 'ACCEPTED', '2024-03-04', '2026-12-07 01:28:52.476932+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-05', 0, '\xba9f9978e52a81cb7cf1c3fa6216824d3b46bebc506df5edfd75e05ae798bfec', 'ACCEPTED', '2024-03-05', '2026-12-07 01:28:52.52052+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-06', 0, '\xfbed00e2f4b15b3b563ea1ced17675f6a81d4c513b6599d211ce68c5556349c5', 'ACCEPTED', '2024-03-06', '2026-12-07 01:28:52.549025+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-07', 0, '\x3c215e168baf7751028428d9e9be10cf4d1bf06d81ab0abaf11f9fdb9ef2aea2', 'ACCEPTED', '2024-03-07', '2026-12-07 01:28:52.562663+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-08', 0, '\xa393cc63e21528131c356cc995a7d6d43bb0e82d7bbd96ef6fae4db1f8a60ddd', 'ACCEPTED', '2024-03-08', '2026-12-07 01:28:52.593483+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-09', 0, '\xe5dc94580fe5401eb3f7c6970943da1ac23aeb73ee5b740bafebd463325a3c29', 'ACCEPTED', '2024-03-09', '2026-12-07 01:28:52.619185+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-10', 0, '\x6fd5ab68a126ea36c98e2ad2021a0e42f929b12c33f4c666aaa62b0b64d34ebc', 'ACCEPTED', '2024-03-10', '2026-12-07 01:28:52.644426+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-11', 0, '\x6bc7e5bafb03bfc94ceacc23533c1a040afe7759037e8a9b1a69638db022220e', 'ACCEPTED', '2024-03-11', '2026-12-07 01:28:52.654916+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-12', 0, '\xa9f2365e061169a1e84b489e64811bab33d937c1a485b2c6bcecaae0682b5e4f', 'ACCEPTED', '2024-03-12', '2026-12-07 01:28:52.669501+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-13', 0, '\x8b389324203e09cfa8c4f8a3539f9ba983d05d9c5b1a27e63a12ee825bf2c7a1', 'ACCEPTED', '2024-03-13', '2026-12-07 01:28:52.676563+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-14', 0, '\x2228fd0159af76cb4805eff0f01ee33d3377409c3c1682b007e8f4d205636802', 'ACCEPTED', '2024-03-14', '2026-12-07 01:28:52.701441+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-15', 0, '\x79262076ca4c02b9a3afe433dd4cc559b58c550e739e857b7fae5a88fc795e79', 'ACCEPTED', '2024-03-15', '2026-12-07 01:28:52.706117+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-16', 0, '\x5dd16323114385150d74c542b3127e8ddbdd41231f953e6911458f75a5a5a292', 'ACCEPTED', '2024-03-16', '2026-12-07 01:28:52.723329+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-17', 0, '\x55ba0ddb6425d4addb96e1e50ac66d4f2ff19032226ed03d85bee6bfc4d0a8db', 'ACCEPTED', '2024-03-17', '2026-12-07 01:28:52.765468+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-18', 0, '\x036ed83fa6eaa848bb85bdc0501e835a1109224666e17658f66be5200bfdeefc', 'ACCEPTED', '2024-03-18', '2026-12-07 01:28:52.804844+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-19', 0, '\x54fb44d20c36b968d42e30654c76b1854acbd54db576fdf3bb1b088e90390751', 'ACCEPTED', '2024-03-19', '2026-12-07 01:28:52.86449+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-20', 0, '\xfb311140732fd1607a01a9f3fb035f3cfdca01afb83da4055c346e3f1668886c', 'ACCEPTED', '2024-03-20', '2026-12-07 01:28:52.880021+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-21', 0, '\x3b303344ae00767a0676c24f2914ab6b066df6160173a11ee8d3d7e1df7e6366', 'ACCEPTED', '2024-03-21', '2026-12-07 01:28:52.89794+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-22', 0, '\xc3f3b638347797c959a90e9082f43ca67bb2fe4815dafe6ad0323cfcc7050e0c', 'ACCEPTED', '2024-03-22', '2026-12-07 01:28:52.932616+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-23', 0, '\x69775a0e23d9a6d3606d190660d1675b277b77f6c330a122b82180f665b8151c', 'ACCEPTED', '2024-03-23', '2026-12-07 01:28:52.94685+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-24', 0, '\x18f61ec4e7ded7a5cb49c1bf5cb0155640ebc6ac3ed5f323aaf9b8bdf20a6021', 'ACCEPTED', '2024-03-24', '2026-12-07 01:28:52.988585+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-25', 0, '\x2d0586f57c33895544b5062f88127029c90b0337b9e6b54640fff8c57e43e0db', 'ACCEPTED', '2024-03-25', '2026-12-07 01:28:53.031077+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-26', 0, '\xa24ea1a5240da12bdc5a43979f91510602fcae5787db9299954619c3e09cb2ee', 'ACCEPTED', '2024-03-26', '2026-12-07 01:28:53.065234+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c104', 15, '\xa694604e2b9ffcf892c93e681e3601cdfa2673e9d96501037c3060538b4990fe', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.569548+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c109', 14, '\x868bbbf2ff7725513d1a19be4be3c4e1fee1d175b9e0dbda8ba217b13550e216', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.620654+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-25', 0, '\xdd92162ae03c932fb8b4d4a17e5fccd9e22db0ef29a3740c25028047eef8f23c', 'ACCEPTED', '2024-04-25', '2026-12-07 01:28:53.762903+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-05', 0, '\xddfca3ea65466a94d2495b0ac9473418247577180e1673bbfc31b0bb0123c9b0', 'ACCEPTED', '2024-05-05', '2026-12-07 01:28:53.83478+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-27', 0, '\x40ce5a4f6d9691017f6886bab34c6c0d0a6774998e56e2c46c859f5d74018745', 'ACCEPTED', '2024-03-27', '2026-12-07 01:28:53.120396+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-28', 0, '\xde1af5fb06a9c55fde82102f39d81427275cb6f9270df0754e6b36b9033d8ac0', 'ACCEPTED', '2024-03-28', '2026-12-07 01:28:53.181148+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-02', 0, '\xb8f29bddaa9adfc6bc3ceee8a4d519b989dddf6475f9d8ce4d0c6e1d3392bb48', 'ACCEPTED', '2024-04-02', '2026-12-07 01:28:53.288516+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-03', 0, '\xd5feab5e03910dbf7ccf4d6547c98743ff7dd39081acfac767d160fcad040375', 'ACCEPTED', '2024-04-03', '2026-12-07 01:28:53.302627+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-04', 0, '\xe8af41d9274ed73257fd9b5ae0eda222371a52d2f233a64d2068269725b30583', 'ACCEPTED', '2024-04-04', '2026-12-07 01:28:53.322186+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-06', 0, '\x8d0cd668157c98790bbbb887a012488bf479c4d6af77bb0673931019767c393a', 'ACCEPTED', '2024-04-06', '2026-12-07 01:28:53.337277+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-07', 0, '\x30092cbe516dfe9da9ed95ee7c632efa0017011c334a20bb7a8eee5aada3470d', 'ACCEPTED', '2024-04-07', '2026-12-07 01:28:53.350257+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-10', 0, '\x08bca09af9d44c1666730b77227290ef876c28cc4cc31a774aaaee89b1ef269b', 'ACCEPTED', '2024-04-10', '2026-12-07 01:28:53.389712+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c94', 9, '\xbb7dbe642920ac43a7be470c84bb9e5cbeb72479026f0a0c8fa1fbcb68899f1f', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.42723+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c96', 6, '\x04e6df7ee73122e8c9754071c653ca6bedcd8b9e8039d0b8e515ba9407a837cb', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.478064+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c101', 5, '\x05ae04294ec1bc5ff047057a0e8d7b2ed110b628dbeef830da8b258664bfbe86', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.546648+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-19', 0, '\xf4640a01143718730c1bad5f56b5b66ac2e5fc4c8a11f9c32f32d6269ee1b1ca', 'ACCEPTED', '2024-04-19', '2026-12-07 01:28:53.709572+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-23', 0, '\x9966f4e351d5d07a674baafbe022d489fc816141986101950445c20e00b58547', 'ACCEPTED', '2024-04-23', '2026-12-07 01:28:53.740571+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-09', 0, '\x82a8a86573304201a70daf30953989653f86e31e28592881fbfdb0f35e3c039e', 'ACCEPTED', '2024-05-09', '2026-12-07 01:28:53.89278+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-29', 0, '\x6db649e011a87b1e4d3b5fc85d4c59af5a3fe95628e3fd38b4e2b0a204f76195', 'ACCEPTED', '2024-03-29', '2026-12-07 01:28:53.204439+00');
INSERT INTO public.command_outcomes VALUES ('FARM0001', 'c97', 6, '\x77ea37b7db72f614b0b0d81967da22d43706de2cfe2bd82a47e88e2ee65a6007', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.496649+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c106', 1, '\x2c1a29b39c9765d86b6fbcec9d68974df0df202dd50669ee953cbddb79bf9aab', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.593327+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-12', 0, '\xbaf8918a95fb1042831584b2a56ad48be5b389c3dc0b17f38975569b77b00481', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.62925+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-21', 0, '\x1681a9fb4a7c58edc499f623466b5be8c73ff601ebb75ca0c22a58eeafdcecf3', 'ACCEPTED', '2024-04-21', '2026-12-07 01:28:53.725265+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-22', 0, '\x9c5475f2e886ea815d320aa372f4fd7c90efcf2fed9dda8d05e4bbb1659da9d5', 'ACCEPTED', '2024-04-22', '2026-12-07 01:28:53.733302+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-27', 0, '\xa5df56c773504aee0332ce2fe85b247fa252a52c1c03e77b481036cdc4744c2e', 'ACCEPTED', '2024-04-27', '2026-12-07 01:28:53.77273+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-30', 0, '\xde03781a0a0f92ca4893e24e37b74142b9d57881d6ce56b20a2333d7f2cf4235', 'ACCEPTED', '2024-04-30', '2026-12-07 01:28:53.783678+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-01', 0, '\xea89f8c558b796bc7ab427a0b5ce7b97bb7167da6b89f5ead8f452e305cefb6e', 'ACCEPTED', '2024-05-01', '2026-12-07 01:28:53.79045+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-04', 0, '\x770c1c592429aabdac72d4ae6dbb4cbd01836f5fb38a5f887b31ddc6d9b8e491', 'ACCEPTED', '2024-05-04', '2026-12-07 01:28:53.820421+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-30', 0, '\xc18de1de9f6373c6773726178757075da34ea6eefe6ae24aacad4b89d04937fb', 'ACCEPTED', '2024-03-30', '2026-12-07 01:28:53.220429+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-09', 0, '\x5ecee846af83cee1c36f50171a8dcc6292dfa5878c8bcc32493e40a475366ed9', 'ACCEPTED', '2024-04-09', '2026-12-07 01:28:53.386948+00');
INSERT INTO public.command_outcomes VALUES ('FARM0004', 'c100', 5, '\x4817e1ace26b446e31b75660483e136322dfb3430753c56cc56aa0ef03a9770f', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.533487+00');
INSERT INTO public.command_outcomes VALUES ('FARM0006', 'c105', 15, '\xaf13504302999534f365b8fb41ecc4f55b8717abc11339ddf4ca07300d53cff8', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.580643+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-13', 0, '\x96512fff64afeeb81e753fe2effc16adf3090d9fa967f6835f54b5155c9e5643', 'ACCEPTED', '2024-04-13', '2026-12-07 01:28:53.642207+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-15', 0, '\x7607c62c87b36f4c415cd871ef59689be5ea2ebff068d8fe643511343f521b64', 'ACCEPTED', '2024-04-15', '2026-12-07 01:28:53.689879+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-16', 0, '\xd2603c9d0f54a9653a2b6205e337f490751cae50b262214835d955aaffdb1a8d', 'ACCEPTED', '2024-04-16', '2026-12-07 01:28:53.693698+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-17', 0, '\x1feb2841de147938a0e50d4ea69fb8e0aef9abeac507d45115fb01b60f8a3a58', 'ACCEPTED', '2024-04-17', '2026-12-07 01:28:53.69826+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-18', 0, '\xecd1b64bb87802925d42b7bf793c40604f78b177c6d021a34d3413c77313fddd', 'ACCEPTED', '2024-04-18', '2026-12-07 01:28:53.702106+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-02', 0, '\xfbffe793c9b36021b6e12c79e1f8d39db1ce3fe6a7402ac2dc5b2c4bf23ce64f', 'ACCEPTED', '2024-05-02', '2026-12-07 01:28:53.801295+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-03-31', 0, '\x8d91a46ecd22967bc1a52234dde47c8d1e272d1793c97b217962aeeae125f61b', 'ACCEPTED', '2024-03-31', '2026-12-07 01:28:53.243566+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-05', 0, '\x533836171416fa7fec3e8976c632e6db1f17ed37727f13dd9a7fbbaacde33a0a', 'ACCEPTED', '2024-04-05', '2026-12-07 01:28:53.329643+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-11', 0, '\x8ea0c83032d9744f473d4fcdbba5e1cd82a1da8629131debb270cd3a60350b11', 'ACCEPTED', '2024-04-11', '2026-12-07 01:28:53.424894+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c98', 3, '\x819ed9be2974e1aef0f8cd78758bf266286065002995fd0bccbe5739d5042c6c', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.505828+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c103', 2, '\x979fc321e7abd7c900de3a794d07c3f49719c4b7e441001db42d569d781ed5d1', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.562522+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-14', 0, '\xc1b770145a79623643dd206dc2f2a1a6352fb82118411533bfd37eb75f9b492c', 'ACCEPTED', '2024-04-14', '2026-12-07 01:28:53.687186+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-24', 0, '\xf839f1c08a2876c85eb96f773194c629a37eeea4d3c03e850b31839098fea76a', 'ACCEPTED', '2024-04-24', '2026-12-07 01:28:53.758374+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-28', 0, '\x671c945c3d2a1daac7096d39ef131db7affc28fbc91d9d2207951b1a9a46dcc9', 'ACCEPTED', '2024-04-28', '2026-12-07 01:28:53.778844+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-01', 0, '\x4364453dad4e116af21fc0bf26626d9b3519471d1e065236301ccde7eb846c38', 'ACCEPTED', '2024-04-01', '2026-12-07 01:28:53.258968+00');
INSERT INTO public.command_outcomes VALUES ('FARM0005', 'c102', 2, '\x8671c05940d46ead7559c0473c8a8d8b08bd4a2269fd637c68e5fee629853395', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.553328+00');
INSERT INTO public.command_outcomes VALUES ('FARM0008', 'c107', 1, '\x03ec51832fbffbf915d0cd26a9b9ac28964694b04f024b22e7399383c2f7a4a3', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.600701+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-03', 0, '\xb8386b1df8c53e397542c175502cf38ef6f926d6fbbff46a29bbac4eadc18565', 'ACCEPTED', '2024-05-03', '2026-12-07 01:28:53.803994+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-08', 0, '\xf80c969b4ee2929f117acfb660123560e172b98961887382a09b0cab48eb112a', 'ACCEPTED', '2024-05-08', '2026-12-07 01:28:53.877805+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-08', 0, '\x5221bc1e4878619098e8b89fc22fc2ab4527e653b017bb5b98f0e1dce2ac6760', 'ACCEPTED', '2024-04-08', '2026-12-07 01:28:53.37324+00');
INSERT INTO public.command_outcomes VALUES ('FARM0000', 'c95', 9, '\x22f021de8458019178313542357eb213e1839ced389ae8f4160078610229512a', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.454847+00');
INSERT INTO public.command_outcomes VALUES ('FARM0002', 'c99', 3, '\x9d084cbc92ad26974f1a0d3f13fee7a8ce4a1e258847156996c2722be6fcf8b7', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.524638+00');
INSERT INTO public.command_outcomes VALUES ('FARM0009', 'c108', 14, '\xdd883f5df3b45dd889dc6b6a7a2866ba7a4bf7d9a627272d4d8cd65236fb18b4', 'ACCEPTED', '2024-04-12', '2026-12-07 01:28:53.609497+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-20', 0, '\x76013213e531ac41669e536229854154096b7a3b4a4f1011b99f1e90ef56f7ab', 'ACCEPTED', '2024-04-20', '2026-12-07 01:28:53.714855+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-26', 0, '\x4f2278474afbf0def85e3e12abe7777486de58b9c4006b0cc045fbe046243009', 'ACCEPTED', '2024-04-26', '2026-12-07 01:28:53.767663+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-04-29', 0, '\x6e47f66b6ffca3fb0d9f6de82f78d9f74a960c2e647171f0389a75407b670d0c', 'ACCEPTED', '2024-04-29', '2026-12-07 01:28:53.780805+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-06', 0, '\xc18deb03760b312a573211328bbf2edf7580215c3f51305fd3fe9a9a5d198dea', 'ACCEPTED', '2024-05-06', '2026-12-07 01:28:53.837372+00');
INSERT INTO public.command_outcomes VALUES ('', 'eod-2024-05-07', 0, '\x715808ce971fa7c0ab6a2b4e5ff8aa6aedf4eba9893dfa391d821c04cef07555', 'ACCEPTED', '2024-05-07', '2026-12-07 01:28:53.840525+00');


--
-- Data for Name: grains; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.grains VALUES ('FARM0002', 1, '', 3, 26, '\x7b226964223a224641524d30303032222c226c696d69744d696e6f72223a34383030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.011726+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0002', 2, 'LUMP', 3, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a32343030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3234303830302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.011726+00', NULL);
INSERT INTO public.grains VALUES ('FARM0002', 3, 'FLOCK1', 3, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454432222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3134303436372c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a2d3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.011726+00', NULL);
INSERT INTO public.grains VALUES ('FARM0001', 1, '', 6, 26, '\x7b226964223a224641524d30303031222c226c696d69744d696e6f72223a32343030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.024945+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0001', 2, 'LUMP', 6, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a31323030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3132303430302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.024945+00', NULL);
INSERT INTO public.grains VALUES ('FARM0001', 3, 'FLOCK1', 6, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454431222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a37303233332c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.024945+00', NULL);
INSERT INTO public.grains VALUES ('FARM0006', 2, 'LUMP', 15, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a363030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a36303230302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.030373+00', NULL);
INSERT INTO public.grains VALUES ('FARM0005', 2, 'LUMP', 2, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a31323030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3132303430302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.012561+00', NULL);
INSERT INTO public.grains VALUES ('FARM0003', 1, '', 0, 25, '\x7b226964223a224641524d30303033222c226c696d69744d696e6f72223a34383030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a34383030303030302c226e657874456e747279536571223a3134382c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.012361+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0005', 1, '', 2, 26, '\x7b226964223a224641524d30303035222c226c696d69744d696e6f72223a32343030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.012561+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0004', 1, '', 5, 26, '\x7b226964223a224641524d30303034222c226c696d69744d696e6f72223a34383030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.01913+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0007', 3, 'FLOCK1', 12, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454431222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a31323030303030302c22696e7465726573744d696e6f72223a3132343730302c2270656e616c74794d696e6f72223a33383730302c22696e746572657374416363727565644d696e6f72223a3132343730302c2270656e616c7479416363727565644d696e6f72223a33383730302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a31323136333430302c226973536574746c6564223a66616c73657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.028722+00', NULL);
INSERT INTO public.grains VALUES ('FARM0007', 2, 'LUMP', 12, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a31323030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a31323030303030302c22696e7465726573744d696e6f72223a3137343836372c2270656e616c74794d696e6f72223a33383730302c22696e746572657374416363727565644d696e6f72223a3137343836372c2270656e616c7479416363727565644d696e6f72223a33383730302c22696e7465726573744361727279223a2d3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a31323231333536372c226973536574746c6564223a66616c73657d7d', '2026-12-07 01:28:54.028722+00', NULL);
INSERT INTO public.grains VALUES ('FARM0006', 3, 'FLOCK1', 15, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454430222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a33353131372c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a2d3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.030373+00', NULL);
INSERT INTO public.grains VALUES ('FARM0003', 3, 'FLOCK1', 0, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454430222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a32343030303030302c22696e7465726573744d696e6f72223a3234393430302c2270656e616c74794d696e6f72223a37373430302c22696e746572657374416363727565644d696e6f72223a3234393430302c2270656e616c7479416363727565644d696e6f72223a37373430302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a32343332363830302c226973536574746c6564223a66616c73657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.012361+00', NULL);
INSERT INTO public.grains VALUES ('FARM0003', 2, 'LUMP', 0, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a32343030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a32343030303030302c22696e7465726573744d696e6f72223a3334393733332c2270656e616c74794d696e6f72223a37373430302c22696e746572657374416363727565644d696e6f72223a3334393733332c2270656e616c7479416363727565644d696e6f72223a37373430302c22696e7465726573744361727279223a3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a32343432373133332c226973536574746c6564223a66616c73657d7d', '2026-12-07 01:28:54.012361+00', NULL);
INSERT INTO public.grains VALUES ('FARM0004', 3, 'FLOCK1', 5, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454431222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a343030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3134303436372c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a2d3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.01913+00', NULL);
INSERT INTO public.grains VALUES ('FARM0004', 2, 'LUMP', 5, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a32343030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3234303830302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.01913+00', NULL);
INSERT INTO public.grains VALUES ('FARM0000', 1, '', 9, 25, '\x7b226964223a224641524d30303030222c226c696d69744d696e6f72223a32343030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.026839+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0000', 3, 'FLOCK1', 9, 21, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454430222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a37303233332c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.026839+00', NULL);
INSERT INTO public.grains VALUES ('FARM0005', 3, 'FLOCK1', 2, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454432222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a37303233332c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.012561+00', NULL);
INSERT INTO public.grains VALUES ('FARM0008', 1, '', 1, 26, '\x7b226964223a224641524d30303038222c226c696d69744d696e6f72223a31323030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.012127+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0007', 1, '', 12, 25, '\x7b226964223a224641524d30303037222c226c696d69744d696e6f72223a32343030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a32343030303030302c226e657874456e747279536571223a3134382c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.028722+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0006', 1, '', 15, 26, '\x7b226964223a224641524d30303036222c226c696d69744d696e6f72223a31323030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.030373+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0009', 1, '', 14, 26, '\x7b226964223a224641524d30303039222c226c696d69744d696e6f72223a32343030303030302c2266726f7a656e223a66616c73652c226578706f737572654d696e6f72223a302c226e657874456e747279536571223a39342c22636c6f7365645468726f756768223a22323032342d30352d3039227d', '2026-12-07 01:28:54.03283+00', '2024-05-09');
INSERT INTO public.grains VALUES ('FARM0008', 2, 'LUMP', 1, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a363030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a36303230302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.012127+00', NULL);
INSERT INTO public.grains VALUES ('FARM0008', 3, 'FLOCK1', 1, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454432222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a313030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a33353131372c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a2d3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.012127+00', NULL);
INSERT INTO public.grains VALUES ('FARM0009', 3, 'FLOCK1', 14, 22, '\x7b226964223a22464c4f434b31222c22737570706c696572223a224645454430222c22737461747573223a302c22726174654d6963726f73223a38363030302c22646179436f756e74223a3336302c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c227472616e63686573223a5b7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a6e756c6c2c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3038222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3135222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3232222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30332d3239222c22737461747573223a317d2c7b22616d6f756e744d696e6f72223a323030303030302c2272656c6561736544617465223a22323032342d30342d3035222c22737461747573223a317d5d2c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a37303233332c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a3132303030303030302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d2c2272656c65617365645472616e63686573223a362c2270656e64696e675472616e63686573223a302c226e65787450656e64696e675472616e636865223a307d', '2026-12-07 01:28:54.03283+00', NULL);
INSERT INTO public.grains VALUES ('FARM0009', 2, 'LUMP', 14, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a31323030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3132303430302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.03283+00', NULL);
INSERT INTO public.grains VALUES ('FARM0000', 2, 'LUMP', 9, 22, '\x7b226964223a224c554d50222c22737461747573223a302c226c696d69744d696e6f72223a31323030303030302c22726174654d6963726f73223a38363030302c22726174654368616e676573223a5b5d2c22646179436f756e74223a3336302c2265787069727944617465223a22323032342d30342d3330222c226d6174757269747944617465223a22323032342d30342d3330222c2270656e616c74794d756c7469706c69657248756e64726564746873223a3135302c2262616c616e6365223a7b227072696e636970616c4d696e6f72223a302c22696e7465726573744d696e6f72223a302c2270656e616c74794d696e6f72223a302c22696e746572657374416363727565644d696e6f72223a3132303430302c2270656e616c7479416363727565644d696e6f72223a302c22696e7465726573744361727279223a302c2270656e616c74794361727279223a302c22616363727565645468726f756768223a22323032342d30352d3039222c22746f74616c4f7765644d696e6f72223a302c226973536574746c6564223a747275657d7d', '2026-12-07 01:28:54.026839+00', NULL);


--
-- Data for Name: journal_postings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_postings VALUES ('FARM0000', 1, 1, 9, '2024-03-01', 3, 'FLOCK1', 'release', 'c4', 'loan-principal', 2000000, '2026-12-07 01:28:51.400864+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 1, 2, 9, '2024-03-01', 3, 'FLOCK1', 'release', 'c4', 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:51.400864+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 2, 1, 9, '2024-03-01', 2, 'LUMP', 'draw', 'c6', 'loan-principal', 12000000, '2026-12-07 01:28:51.455106+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 2, 2, 9, '2024-03-01', 2, 'LUMP', 'draw', 'c6', 'disbursement-clearing', -12000000, '2026-12-07 01:28:51.455106+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 1, 1, 6, '2024-03-01', 3, 'FLOCK1', 'release', 'c9', 'loan-principal', 2000000, '2026-12-07 01:28:51.63292+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 1, 2, 6, '2024-03-01', 3, 'FLOCK1', 'release', 'c9', 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:51.63292+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 2, 1, 6, '2024-03-01', 2, 'LUMP', 'draw', 'c11', 'loan-principal', 12000000, '2026-12-07 01:28:51.680811+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 2, 2, 6, '2024-03-01', 2, 'LUMP', 'draw', 'c11', 'disbursement-clearing', -12000000, '2026-12-07 01:28:51.680811+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 1, 1, 3, '2024-03-01', 3, 'FLOCK1', 'release', 'c14', 'loan-principal', 4000000, '2026-12-07 01:28:51.772801+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 1, 2, 3, '2024-03-01', 3, 'FLOCK1', 'release', 'c14', 'supplier-payable:FEED2', -4000000, '2026-12-07 01:28:51.772801+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 2, 1, 3, '2024-03-01', 2, 'LUMP', 'draw', 'c16', 'loan-principal', 24000000, '2026-12-07 01:28:51.786304+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 2, 2, 3, '2024-03-01', 2, 'LUMP', 'draw', 'c16', 'disbursement-clearing', -24000000, '2026-12-07 01:28:51.786304+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 1, 1, 0, '2024-03-01', 3, 'FLOCK1', 'release', 'c19', 'loan-principal', 4000000, '2026-12-07 01:28:51.828682+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 1, 2, 0, '2024-03-01', 3, 'FLOCK1', 'release', 'c19', 'supplier-payable:FEED0', -4000000, '2026-12-07 01:28:51.828682+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 2, 1, 0, '2024-03-01', 2, 'LUMP', 'draw', 'c21', 'loan-principal', 24000000, '2026-12-07 01:28:51.858102+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 2, 2, 0, '2024-03-01', 2, 'LUMP', 'draw', 'c21', 'disbursement-clearing', -24000000, '2026-12-07 01:28:51.858102+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 1, 1, 5, '2024-03-01', 3, 'FLOCK1', 'release', 'c24', 'loan-principal', 4000000, '2026-12-07 01:28:51.920695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 1, 2, 5, '2024-03-01', 3, 'FLOCK1', 'release', 'c24', 'supplier-payable:FEED1', -4000000, '2026-12-07 01:28:51.920695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 2, 1, 5, '2024-03-01', 2, 'LUMP', 'draw', 'c26', 'loan-principal', 24000000, '2026-12-07 01:28:51.956661+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 2, 2, 5, '2024-03-01', 2, 'LUMP', 'draw', 'c26', 'disbursement-clearing', -24000000, '2026-12-07 01:28:51.956661+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 1, 1, 2, '2024-03-01', 3, 'FLOCK1', 'release', 'c29', 'loan-principal', 2000000, '2026-12-07 01:28:52.0166+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 1, 2, 2, '2024-03-01', 3, 'FLOCK1', 'release', 'c29', 'supplier-payable:FEED2', -2000000, '2026-12-07 01:28:52.0166+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 2, 1, 2, '2024-03-01', 2, 'LUMP', 'draw', 'c31', 'loan-principal', 12000000, '2026-12-07 01:28:52.048536+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 2, 2, 2, '2024-03-01', 2, 'LUMP', 'draw', 'c31', 'disbursement-clearing', -12000000, '2026-12-07 01:28:52.048536+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 1, 1, 15, '2024-03-01', 3, 'FLOCK1', 'release', 'c34', 'loan-principal', 1000000, '2026-12-07 01:28:52.184888+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 1, 2, 15, '2024-03-01', 3, 'FLOCK1', 'release', 'c34', 'supplier-payable:FEED0', -1000000, '2026-12-07 01:28:52.184888+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 2, 1, 15, '2024-03-01', 2, 'LUMP', 'draw', 'c36', 'loan-principal', 6000000, '2026-12-07 01:28:52.212764+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 2, 2, 15, '2024-03-01', 2, 'LUMP', 'draw', 'c36', 'disbursement-clearing', -6000000, '2026-12-07 01:28:52.212764+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 1, 1, 12, '2024-03-01', 3, 'FLOCK1', 'release', 'c39', 'loan-principal', 2000000, '2026-12-07 01:28:52.226511+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 1, 2, 12, '2024-03-01', 3, 'FLOCK1', 'release', 'c39', 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:52.226511+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 2, 1, 12, '2024-03-01', 2, 'LUMP', 'draw', 'c41', 'loan-principal', 12000000, '2026-12-07 01:28:52.229875+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 2, 2, 12, '2024-03-01', 2, 'LUMP', 'draw', 'c41', 'disbursement-clearing', -12000000, '2026-12-07 01:28:52.229875+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 1, 1, 1, '2024-03-01', 3, 'FLOCK1', 'release', 'c44', 'loan-principal', 1000000, '2026-12-07 01:28:52.238325+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 1, 2, 1, '2024-03-01', 3, 'FLOCK1', 'release', 'c44', 'supplier-payable:FEED2', -1000000, '2026-12-07 01:28:52.238325+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 2, 1, 1, '2024-03-01', 2, 'LUMP', 'draw', 'c46', 'loan-principal', 6000000, '2026-12-07 01:28:52.262208+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 2, 2, 1, '2024-03-01', 2, 'LUMP', 'draw', 'c46', 'disbursement-clearing', -6000000, '2026-12-07 01:28:52.262208+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 1, 1, 14, '2024-03-01', 3, 'FLOCK1', 'release', 'c49', 'loan-principal', 2000000, '2026-12-07 01:28:52.283169+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 1, 2, 14, '2024-03-01', 3, 'FLOCK1', 'release', 'c49', 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:52.283169+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 2, 1, 14, '2024-03-01', 2, 'LUMP', 'draw', 'c51', 'loan-principal', 12000000, '2026-12-07 01:28:52.312613+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 2, 2, 14, '2024-03-01', 2, 'LUMP', 'draw', 'c51', 'disbursement-clearing', -12000000, '2026-12-07 01:28:52.312613+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 3, 1, 0, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.341162+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 3, 2, 0, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.341162+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 4, 1, 0, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.341162+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 4, 2, 0, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.341162+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 3, 1, 5, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.356018+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 3, 2, 5, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.356018+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 4, 1, 5, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.356018+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 4, 2, 5, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.356018+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 3, 1, 6, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.360687+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 3, 2, 6, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.360687+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 4, 1, 6, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.360687+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 4, 2, 6, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.360687+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 3, 1, 1, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.359526+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 3, 2, 1, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.359526+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 4, 1, 1, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.359526+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 4, 2, 1, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.359526+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 3, 1, 2, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 3, 2, 2, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 4, 1, 2, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 4, 2, 2, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 5, 1, 2, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 5, 2, 2, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 6, 1, 2, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 6, 2, 2, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 7, 1, 2, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 7, 2, 2, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 8, 1, 2, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 8, 2, 2, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.489086+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 3, 1, 3, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 3, 2, 3, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 4, 1, 3, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 4, 2, 3, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 5, 1, 3, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 5, 2, 3, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 6, 1, 3, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 6, 2, 3, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 7, 1, 3, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 7, 2, 3, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 8, 1, 3, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 8, 2, 3, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.505019+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 3, 1, 12, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 3, 2, 12, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 4, 1, 12, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 4, 2, 12, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 5, 1, 12, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 5, 2, 12, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 6, 1, 12, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 6, 2, 12, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 7, 1, 12, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 7, 2, 12, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 8, 1, 12, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 8, 2, 12, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.533549+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 9, 1, 2, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 9, 2, 2, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 10, 1, 2, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 10, 2, 2, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 11, 1, 2, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 11, 2, 2, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 12, 1, 2, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 12, 2, 2, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 13, 1, 2, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 13, 2, 2, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 14, 1, 2, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 14, 2, 2, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.565172+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 9, 1, 3, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 9, 2, 3, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 10, 1, 3, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 10, 2, 3, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 11, 1, 3, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 11, 2, 3, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 12, 1, 3, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 12, 2, 3, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 13, 1, 3, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 13, 2, 3, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 14, 1, 3, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 14, 2, 3, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.57163+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 9, 1, 15, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 9, 2, 15, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 10, 1, 15, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 10, 2, 15, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 11, 1, 15, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 11, 2, 15, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 12, 1, 15, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 238, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 12, 2, 15, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -238, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 13, 1, 15, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 3, 1, 9, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 3, 2, 9, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 4, 1, 9, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 4, 2, 9, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 5, 1, 9, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 5, 2, 9, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 6, 1, 9, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 6, 2, 9, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 7, 1, 9, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 7, 2, 9, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 8, 1, 9, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 8, 2, 9, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.529492+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 3, 1, 14, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 3, 2, 14, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 4, 1, 14, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 4, 2, 14, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 5, 1, 14, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 5, 2, 14, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 6, 1, 14, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 6, 2, 14, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 7, 1, 14, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 7, 2, 14, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 8, 1, 14, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 8, 2, 14, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.534566+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 5, 1, 5, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 5, 2, 5, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 6, 1, 5, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 6, 2, 5, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 7, 1, 5, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 7, 2, 5, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 8, 1, 5, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 8, 2, 5, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 9, 1, 5, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 9, 2, 5, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 10, 1, 5, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 10, 2, 5, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 11, 1, 5, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 11, 2, 5, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 12, 1, 5, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 12, 2, 5, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 13, 1, 5, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 13, 2, 5, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 14, 1, 5, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 14, 2, 5, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.581596+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 5, 1, 6, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 5, 2, 6, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 6, 1, 6, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 6, 2, 6, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 7, 1, 6, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 7, 2, 6, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 8, 1, 6, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 8, 2, 6, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 9, 1, 6, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 9, 2, 6, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 10, 1, 6, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 10, 2, 6, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 11, 1, 6, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 11, 2, 6, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 12, 1, 6, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 12, 2, 6, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 3, 1, 15, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 3, 2, 15, '2024-03-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 4, 1, 15, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 4, 2, 15, '2024-03-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 5, 1, 15, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 5, 2, 15, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 6, 1, 15, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 6, 2, 15, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 7, 1, 15, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 7, 2, 15, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 8, 1, 15, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 8, 2, 15, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.551077+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 5, 1, 0, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 5, 2, 0, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 6, 1, 0, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 6, 2, 0, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 7, 1, 0, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 7, 2, 0, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 8, 1, 0, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 8, 2, 0, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 9, 1, 0, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 9, 2, 0, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 10, 1, 0, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 10, 2, 0, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 11, 1, 0, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 11, 2, 0, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 12, 1, 0, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 12, 2, 0, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 13, 1, 0, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 13, 2, 0, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 14, 1, 0, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 14, 2, 0, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.566174+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 5, 1, 1, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 5, 2, 1, '2024-03-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 6, 1, 1, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 6, 2, 1, '2024-03-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 7, 1, 1, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 7, 2, 1, '2024-03-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 8, 1, 1, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 8, 2, 1, '2024-03-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 9, 1, 1, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 9, 2, 1, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 10, 1, 1, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 10, 2, 1, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 11, 1, 1, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 11, 2, 1, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 12, 1, 1, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 238, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 12, 2, 1, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -238, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 13, 1, 1, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 13, 2, 1, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 14, 1, 1, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 14, 2, 1, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.569658+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 9, 1, 12, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 9, 2, 12, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 10, 1, 12, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 10, 2, 12, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 11, 1, 12, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 11, 2, 12, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 12, 1, 12, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 12, 2, 12, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 13, 1, 6, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 13, 2, 6, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 14, 1, 6, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 14, 2, 6, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.585665+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 9, 1, 9, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 9, 2, 9, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 10, 1, 9, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 10, 2, 9, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 11, 1, 9, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 11, 2, 9, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 12, 1, 9, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 12, 2, 9, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 13, 1, 9, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 13, 2, 9, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 14, 1, 9, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 14, 2, 9, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.587078+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 15, 1, 0, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 15, 2, 0, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 16, 1, 0, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 16, 2, 0, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 17, 1, 0, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 17, 2, 0, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -4000000, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 18, 1, 0, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 18, 2, 0, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 19, 1, 0, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 19, 2, 0, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 20, 1, 0, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 20, 2, 0, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 21, 1, 0, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 21, 2, 0, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.629586+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 15, 1, 5, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 15, 2, 5, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 16, 1, 5, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 16, 2, 5, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 17, 1, 5, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 17, 2, 5, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -4000000, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 18, 1, 5, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 18, 2, 5, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 19, 1, 5, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 19, 2, 5, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 20, 1, 5, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 20, 2, 5, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 21, 1, 5, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 21, 2, 5, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.652912+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 15, 1, 9, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 15, 2, 9, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 16, 1, 9, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 16, 2, 9, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 17, 1, 9, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 17, 2, 9, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 18, 1, 9, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 18, 2, 9, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 19, 1, 9, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 19, 2, 9, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 20, 1, 9, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 20, 2, 9, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 21, 1, 9, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 21, 2, 9, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.659934+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 15, 1, 14, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 15, 2, 14, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 16, 1, 14, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 13, 1, 12, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 13, 2, 12, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 14, 1, 12, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 14, 2, 12, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.593003+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 15, 1, 1, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 15, 2, 1, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 16, 1, 1, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 16, 2, 1, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 17, 1, 1, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 17, 2, 1, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -1000000, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 18, 1, 1, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 18, 2, 1, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 19, 1, 1, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 19, 2, 1, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 20, 1, 1, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 20, 2, 1, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 21, 1, 1, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 21, 2, 1, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.631955+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 15, 1, 15, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 15, 2, 15, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 16, 1, 15, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 16, 2, 15, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 17, 1, 15, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 17, 2, 15, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -1000000, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 18, 1, 15, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 18, 2, 15, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 19, 1, 15, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 19, 2, 15, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 20, 1, 15, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 20, 2, 15, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 21, 1, 15, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 21, 2, 15, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.672722+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 22, 1, 1, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 22, 2, 1, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 23, 1, 1, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 23, 2, 1, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 24, 1, 1, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 24, 2, 1, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 25, 1, 1, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 25, 2, 1, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 26, 1, 1, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 26, 2, 1, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 27, 1, 1, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 27, 2, 1, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 28, 1, 1, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 28, 2, 1, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 29, 1, 1, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 29, 2, 1, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 30, 1, 1, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 30, 2, 1, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 31, 1, 1, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 31, 2, 1, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 32, 1, 1, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 32, 2, 1, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -1000000, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 33, 1, 1, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 33, 2, 1, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 34, 1, 1, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 716, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 34, 2, 1, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -716, '2026-12-07 01:28:52.738927+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 22, 1, 5, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 22, 2, 5, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 23, 1, 5, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 9, 1, 14, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 9, 2, 14, '2024-03-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 10, 1, 14, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 10, 2, 14, '2024-03-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 11, 1, 14, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 11, 2, 14, '2024-03-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 12, 1, 14, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 12, 2, 14, '2024-03-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 13, 1, 14, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 13, 2, 14, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 14, 1, 14, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 14, 2, 14, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.597529+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 15, 1, 2, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 15, 2, 2, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 16, 1, 2, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 16, 2, 2, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 17, 1, 2, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 17, 2, 2, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -2000000, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 18, 1, 2, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 18, 2, 2, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 19, 1, 2, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 19, 2, 2, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 20, 1, 2, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 20, 2, 2, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 21, 1, 2, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 21, 2, 2, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.648548+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 15, 1, 12, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 15, 2, 12, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 16, 1, 12, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 16, 2, 12, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 17, 1, 12, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 17, 2, 12, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 18, 1, 12, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 18, 2, 12, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 19, 1, 12, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 19, 2, 12, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 20, 1, 12, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 20, 2, 12, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 21, 1, 12, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 21, 2, 12, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.670952+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 22, 1, 3, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 22, 2, 3, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 23, 1, 3, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 23, 2, 3, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 24, 1, 3, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 24, 2, 3, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 25, 1, 3, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 25, 2, 3, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 26, 1, 3, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 26, 2, 3, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 27, 1, 3, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 27, 2, 3, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 28, 1, 3, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 28, 2, 3, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 29, 1, 3, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1912, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 29, 2, 3, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1912, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 30, 1, 3, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 30, 2, 3, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 31, 1, 3, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 31, 2, 3, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 32, 1, 3, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 13, 2, 15, '2024-03-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 14, 1, 15, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 239, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 14, 2, 15, '2024-03-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -239, '2026-12-07 01:28:52.609389+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 43, 1, 0, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 43, 2, 0, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 44, 1, 0, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 44, 2, 0, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 45, 1, 0, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 45, 2, 0, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 46, 1, 0, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 46, 2, 0, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 47, 1, 0, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 47, 2, 0, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -4000000, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 48, 1, 0, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 48, 2, 0, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 49, 1, 0, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3823, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 49, 2, 0, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3823, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 50, 1, 0, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 50, 2, 0, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 51, 1, 0, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 51, 2, 0, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.02131+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 43, 1, 9, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 43, 2, 9, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 44, 1, 9, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 44, 2, 9, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 45, 1, 9, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 45, 2, 9, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 46, 1, 9, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 46, 2, 9, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 47, 1, 9, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 47, 2, 9, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 48, 1, 9, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 48, 2, 9, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 49, 1, 9, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 49, 2, 9, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 50, 1, 9, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 50, 2, 9, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 51, 1, 9, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 51, 2, 9, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.061322+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 43, 1, 15, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 43, 2, 15, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 44, 1, 15, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 44, 2, 15, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 45, 1, 15, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 45, 2, 15, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 46, 1, 15, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 716, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 46, 2, 15, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -716, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 47, 1, 15, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 47, 2, 15, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -1000000, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 48, 1, 15, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 48, 2, 15, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 49, 1, 15, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 49, 2, 15, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 50, 1, 15, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 50, 2, 15, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 51, 1, 15, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 51, 2, 15, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:53.084775+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 52, 1, 2, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 52, 2, 2, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 53, 1, 2, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 53, 2, 2, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 15, 1, 3, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 15, 2, 3, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 16, 1, 3, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 16, 2, 3, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 17, 1, 3, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 17, 2, 3, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -4000000, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 18, 1, 3, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 18, 2, 3, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 19, 1, 3, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 19, 2, 3, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 20, 1, 3, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 20, 2, 3, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 21, 1, 3, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 21, 2, 3, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.627717+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 22, 1, 2, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 22, 2, 2, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 23, 1, 2, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 23, 2, 2, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 24, 1, 2, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 24, 2, 2, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 25, 1, 2, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 25, 2, 2, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 26, 1, 2, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 26, 2, 2, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 27, 1, 2, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 27, 2, 2, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 28, 1, 2, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 28, 2, 2, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 29, 1, 2, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 29, 2, 2, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 30, 1, 2, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 30, 2, 2, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 31, 1, 2, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 31, 2, 2, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 32, 1, 2, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 32, 2, 2, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -2000000, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 33, 1, 2, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 33, 2, 2, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 34, 1, 2, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 34, 2, 2, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.737449+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 22, 1, 14, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 22, 2, 14, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 23, 1, 14, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 23, 2, 14, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 24, 1, 14, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 24, 2, 14, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 25, 1, 14, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 25, 2, 14, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 26, 1, 14, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 26, 2, 14, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 27, 1, 14, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 27, 2, 14, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 28, 1, 14, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 28, 2, 14, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 29, 1, 14, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 29, 2, 14, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 30, 1, 14, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 30, 2, 14, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 31, 1, 14, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 31, 2, 14, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 32, 1, 14, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 15, 1, 6, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 15, 2, 6, '2024-03-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 16, 1, 6, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 16, 2, 6, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 17, 1, 6, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 17, 2, 6, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 18, 1, 6, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 18, 2, 6, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 19, 1, 6, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 19, 2, 6, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 20, 1, 6, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 20, 2, 6, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 21, 1, 6, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 21, 2, 6, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.656637+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 22, 1, 0, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 22, 2, 0, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 23, 1, 0, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 23, 2, 0, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 24, 1, 0, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 24, 2, 0, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 25, 1, 0, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 25, 2, 0, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 26, 1, 0, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 26, 2, 0, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 27, 1, 0, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 27, 2, 0, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 28, 1, 0, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 28, 2, 0, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 29, 1, 0, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1912, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 29, 2, 0, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1912, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 30, 1, 0, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 30, 2, 0, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 31, 1, 0, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 31, 2, 0, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 32, 1, 0, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 32, 2, 0, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -4000000, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 33, 1, 0, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 33, 2, 0, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 34, 1, 0, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 34, 2, 0, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.737171+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 22, 1, 15, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 22, 2, 15, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 23, 1, 15, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 23, 2, 15, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 24, 1, 15, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 24, 2, 15, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 25, 1, 15, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 477, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 25, 2, 15, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 26, 1, 15, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 26, 2, 15, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 27, 1, 15, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 27, 2, 15, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 28, 1, 15, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 28, 2, 15, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 29, 1, 15, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 29, 2, 15, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 30, 1, 15, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 30, 2, 15, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 31, 1, 15, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 31, 2, 15, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -478, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 32, 1, 15, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 16, 2, 14, '2024-03-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -477, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 17, 1, 14, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 17, 2, 14, '2024-03-08', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 18, 1, 14, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 18, 2, 14, '2024-03-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 19, 1, 14, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 19, 2, 14, '2024-03-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 20, 1, 14, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 20, 2, 14, '2024-03-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 21, 1, 14, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 21, 2, 14, '2024-03-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.67174+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 22, 1, 12, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 22, 2, 12, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 23, 1, 12, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 23, 2, 12, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 24, 1, 12, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 24, 2, 12, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 25, 1, 12, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 25, 2, 12, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 26, 1, 12, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 26, 2, 12, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 27, 1, 12, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 27, 2, 12, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 28, 1, 12, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 28, 2, 12, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 29, 1, 12, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 29, 2, 12, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 30, 1, 12, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 30, 2, 12, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 31, 1, 12, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 31, 2, 12, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 32, 1, 12, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 32, 2, 12, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 33, 1, 12, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 33, 2, 12, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 34, 1, 12, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 34, 2, 12, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.788679+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 35, 1, 1, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 35, 2, 1, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 36, 1, 1, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 36, 2, 1, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 37, 1, 1, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 37, 2, 1, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 38, 1, 1, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 38, 2, 1, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 39, 1, 1, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 39, 2, 1, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 40, 1, 1, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 716, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 40, 2, 1, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -716, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 41, 1, 1, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 41, 2, 1, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 42, 1, 1, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 42, 2, 1, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:52.898415+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 43, 1, 2, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 43, 2, 2, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 44, 1, 2, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 44, 2, 2, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 45, 1, 2, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 45, 2, 2, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 46, 1, 2, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 46, 2, 2, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 32, 2, 3, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -4000000, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 33, 1, 3, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 33, 2, 3, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 34, 1, 3, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 34, 2, 3, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.736783+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 22, 1, 6, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 22, 2, 6, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 23, 1, 6, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 23, 2, 6, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 24, 1, 6, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 24, 2, 6, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 25, 1, 6, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 25, 2, 6, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 26, 1, 6, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 26, 2, 6, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 27, 1, 6, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 27, 2, 6, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 28, 1, 6, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 28, 2, 6, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 29, 1, 6, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 29, 2, 6, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 30, 1, 6, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 30, 2, 6, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 31, 1, 6, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 31, 2, 6, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 32, 1, 6, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 32, 2, 6, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 33, 1, 6, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 33, 2, 6, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 34, 1, 6, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 34, 2, 6, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.76502+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 35, 1, 2, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 35, 2, 2, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 36, 1, 2, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 36, 2, 2, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 37, 1, 2, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 37, 2, 2, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 38, 1, 2, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 38, 2, 2, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 39, 1, 2, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 39, 2, 2, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 40, 1, 2, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 40, 2, 2, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 41, 1, 2, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 41, 2, 2, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 42, 1, 2, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 42, 2, 2, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.881807+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 35, 1, 12, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 35, 2, 12, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 36, 1, 12, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 36, 2, 12, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 37, 1, 12, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 37, 2, 12, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 38, 1, 12, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 38, 2, 12, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 39, 1, 12, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 39, 2, 12, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 40, 1, 12, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 40, 2, 12, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 41, 1, 12, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 41, 2, 12, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 23, 2, 5, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 24, 1, 5, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 24, 2, 5, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 25, 1, 5, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 25, 2, 5, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 26, 1, 5, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 26, 2, 5, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 27, 1, 5, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 27, 2, 5, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 28, 1, 5, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 28, 2, 5, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 29, 1, 5, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1912, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 29, 2, 5, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1912, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 30, 1, 5, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 30, 2, 5, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 31, 1, 5, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 31, 2, 5, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 32, 1, 5, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 32, 2, 5, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -4000000, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 33, 1, 5, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 33, 2, 5, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 34, 1, 5, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 34, 2, 5, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.765368+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 22, 1, 9, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 22, 2, 9, '2024-03-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 23, 1, 9, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 23, 2, 9, '2024-03-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 24, 1, 9, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 24, 2, 9, '2024-03-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 25, 1, 9, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 25, 2, 9, '2024-03-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 26, 1, 9, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 26, 2, 9, '2024-03-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 27, 1, 9, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 27, 2, 9, '2024-03-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 28, 1, 9, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 28, 2, 9, '2024-03-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 29, 1, 9, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 29, 2, 9, '2024-03-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 30, 1, 9, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 30, 2, 9, '2024-03-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 31, 1, 9, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 31, 2, 9, '2024-03-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 32, 1, 9, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 32, 2, 9, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 33, 1, 9, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 33, 2, 9, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 34, 1, 9, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 34, 2, 9, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.776553+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 35, 1, 3, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 35, 2, 3, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 36, 1, 3, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 36, 2, 3, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 37, 1, 3, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 37, 2, 3, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 38, 1, 3, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 38, 2, 3, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 39, 1, 3, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 39, 2, 3, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 40, 1, 3, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 40, 2, 3, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 32, 2, 15, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -1000000, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 33, 1, 15, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 33, 2, 15, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 34, 1, 15, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 716, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 34, 2, 15, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -716, '2026-12-07 01:28:52.780794+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 35, 1, 5, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 35, 2, 5, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 36, 1, 5, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 36, 2, 5, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 37, 1, 5, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 37, 2, 5, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 38, 1, 5, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 38, 2, 5, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 39, 1, 5, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 39, 2, 5, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 40, 1, 5, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 40, 2, 5, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 41, 1, 5, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 41, 2, 5, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 42, 1, 5, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 42, 2, 5, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.910029+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 43, 1, 6, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 43, 2, 6, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 44, 1, 6, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 44, 2, 6, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 45, 1, 6, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 45, 2, 6, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 46, 1, 6, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 46, 2, 6, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 47, 1, 6, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 47, 2, 6, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 48, 1, 6, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 48, 2, 6, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 49, 1, 6, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 49, 2, 6, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 50, 1, 6, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 50, 2, 6, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 51, 1, 6, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 51, 2, 6, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.033086+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 52, 1, 5, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 52, 2, 5, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 53, 1, 5, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 53, 2, 5, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 54, 1, 5, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 54, 2, 5, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 55, 1, 5, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 55, 2, 5, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 56, 1, 5, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 56, 2, 5, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 57, 1, 5, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 57, 2, 5, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 58, 1, 5, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 58, 2, 5, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 59, 1, 5, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3823, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 59, 2, 5, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3823, '2026-12-07 01:28:53.166695+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 60, 1, 5, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 60, 2, 5, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 61, 1, 5, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 61, 2, 5, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 62, 1, 5, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 62, 2, 5, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -4000000, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 32, 2, 14, '2024-03-15', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 33, 1, 14, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 33, 2, 14, '2024-03-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 34, 1, 14, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 34, 2, 14, '2024-03-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.779813+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 35, 1, 14, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 35, 2, 14, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 36, 1, 14, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 36, 2, 14, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 37, 1, 14, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 37, 2, 14, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 38, 1, 14, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 38, 2, 14, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 39, 1, 14, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 39, 2, 14, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 40, 1, 14, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 40, 2, 14, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 41, 1, 14, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 41, 2, 14, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 42, 1, 14, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 42, 2, 14, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.944614+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 43, 1, 14, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 43, 2, 14, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 44, 1, 14, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 44, 2, 14, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 45, 1, 14, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 45, 2, 14, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 46, 1, 14, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 46, 2, 14, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 47, 1, 14, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 47, 2, 14, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 48, 1, 14, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 48, 2, 14, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 49, 1, 14, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 49, 2, 14, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 50, 1, 14, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 50, 2, 14, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 51, 1, 14, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 51, 2, 14, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.068887+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 52, 1, 0, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 52, 2, 0, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 53, 1, 0, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 53, 2, 0, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 54, 1, 0, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 54, 2, 0, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 55, 1, 0, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 55, 2, 0, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 56, 1, 0, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 56, 2, 0, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 57, 1, 0, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 57, 2, 0, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 58, 1, 0, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 58, 2, 0, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 59, 1, 0, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3823, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 59, 2, 0, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3823, '2026-12-07 01:28:53.157703+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 52, 1, 6, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 52, 2, 6, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 53, 1, 6, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 53, 2, 6, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 54, 1, 6, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 54, 2, 6, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 41, 1, 3, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 41, 2, 3, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 42, 1, 3, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 42, 2, 3, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.891001+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 35, 1, 9, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 35, 2, 9, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 36, 1, 9, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 36, 2, 9, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 37, 1, 9, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 37, 2, 9, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 38, 1, 9, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 38, 2, 9, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 39, 1, 9, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 39, 2, 9, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 40, 1, 9, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 40, 2, 9, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 41, 1, 9, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 41, 2, 9, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 42, 1, 9, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 42, 2, 9, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.92504+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 43, 1, 1, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 43, 2, 1, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 44, 1, 1, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 44, 2, 1, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 45, 1, 1, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 45, 2, 1, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 46, 1, 1, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 716, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 46, 2, 1, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -716, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 47, 1, 1, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 47, 2, 1, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -1000000, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 48, 1, 1, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 48, 2, 1, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 49, 1, 1, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 49, 2, 1, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 50, 1, 1, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 50, 2, 1, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 51, 1, 1, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 51, 2, 1, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:53.025225+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 52, 1, 3, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 52, 2, 3, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 53, 1, 3, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 53, 2, 3, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 54, 1, 3, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 54, 2, 3, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 55, 1, 3, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 55, 2, 3, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 56, 1, 3, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 56, 2, 3, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 57, 1, 3, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 57, 2, 3, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 58, 1, 3, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 58, 2, 3, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 59, 1, 3, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3823, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 59, 2, 3, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3823, '2026-12-07 01:28:53.157374+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 52, 1, 14, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 52, 2, 14, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 53, 1, 14, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 53, 2, 14, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 54, 1, 14, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 54, 2, 14, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 55, 1, 14, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 35, 1, 0, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 35, 2, 0, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 36, 1, 0, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 36, 2, 0, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 37, 1, 0, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 37, 2, 0, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 38, 1, 0, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 38, 2, 0, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 39, 1, 0, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 39, 2, 0, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 40, 1, 0, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 40, 2, 0, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 41, 1, 0, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 41, 2, 0, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 42, 1, 0, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 42, 2, 0, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.881357+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 35, 1, 6, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 35, 2, 6, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 36, 1, 6, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 36, 2, 6, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 37, 1, 6, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 37, 2, 6, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 38, 1, 6, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 38, 2, 6, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 39, 1, 6, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 39, 2, 6, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 40, 1, 6, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 40, 2, 6, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 41, 1, 6, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 41, 2, 6, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 42, 1, 6, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 42, 2, 6, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.917131+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 43, 1, 5, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 43, 2, 5, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 44, 1, 5, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 44, 2, 5, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 45, 1, 5, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 45, 2, 5, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 46, 1, 5, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 46, 2, 5, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 47, 1, 5, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 47, 2, 5, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -4000000, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 48, 1, 5, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 48, 2, 5, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 49, 1, 5, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3823, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 49, 2, 5, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3823, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 50, 1, 5, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 50, 2, 5, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 51, 1, 5, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 51, 2, 5, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.033446+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 52, 1, 12, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 52, 2, 12, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 53, 1, 12, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 53, 2, 12, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 54, 1, 12, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 54, 2, 12, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 55, 1, 12, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 55, 2, 12, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 56, 1, 12, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 56, 2, 12, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 57, 1, 12, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 42, 1, 12, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 42, 2, 12, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.919796+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 35, 1, 15, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 35, 2, 15, '2024-03-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 36, 1, 15, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 36, 2, 15, '2024-03-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 37, 1, 15, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 37, 2, 15, '2024-03-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 38, 1, 15, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 38, 2, 15, '2024-03-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 39, 1, 15, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 39, 2, 15, '2024-03-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 40, 1, 15, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 716, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 40, 2, 15, '2024-03-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -716, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 41, 1, 15, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 41, 2, 15, '2024-03-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 42, 1, 15, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 717, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 42, 2, 15, '2024-03-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -717, '2026-12-07 01:28:52.934182+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 43, 1, 3, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 43, 2, 3, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 44, 1, 3, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 44, 2, 3, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 45, 1, 3, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 45, 2, 3, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 46, 1, 3, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 46, 2, 3, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 47, 1, 3, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 47, 2, 3, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -4000000, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 48, 1, 3, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 48, 2, 3, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 49, 1, 3, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3823, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 49, 2, 3, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3823, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 50, 1, 3, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 50, 2, 3, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 51, 1, 3, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 51, 2, 3, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.020939+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 43, 1, 12, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 43, 2, 12, '2024-03-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 44, 1, 12, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 44, 2, 12, '2024-03-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 45, 1, 12, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 45, 2, 12, '2024-03-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 46, 1, 12, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 46, 2, 12, '2024-03-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 47, 1, 12, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 47, 2, 12, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 48, 1, 12, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 48, 2, 12, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 49, 1, 12, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 49, 2, 12, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 50, 1, 12, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 50, 2, 12, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 51, 1, 12, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 51, 2, 12, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.060974+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 52, 1, 1, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 52, 2, 1, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 53, 1, 1, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 53, 2, 1, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 54, 1, 1, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 54, 2, 1, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 55, 1, 1, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 47, 1, 2, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 47, 2, 2, '2024-03-22', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -2000000, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 48, 1, 2, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 48, 2, 2, '2024-03-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 49, 1, 2, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 49, 2, 2, '2024-03-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 50, 1, 2, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 50, 2, 2, '2024-03-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 51, 1, 2, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 51, 2, 2, '2024-03-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.021585+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 60, 1, 3, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 60, 2, 3, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 61, 1, 3, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 61, 2, 3, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 62, 1, 3, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 62, 2, 3, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -4000000, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 63, 1, 3, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 63, 2, 3, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 64, 1, 3, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 64, 2, 3, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.222614+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 65, 1, 9, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 65, 2, 9, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 66, 1, 9, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 66, 2, 9, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 67, 1, 9, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 67, 2, 9, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 68, 1, 9, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 68, 2, 9, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 69, 1, 9, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 69, 2, 9, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 70, 1, 9, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 70, 2, 9, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.308645+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 71, 1, 14, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 71, 2, 14, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 72, 1, 14, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 72, 2, 14, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 73, 1, 14, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 73, 2, 14, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 74, 1, 14, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 74, 2, 14, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 75, 1, 14, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 75, 2, 14, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 76, 1, 14, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 76, 2, 14, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 77, 1, 14, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 77, 2, 14, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 78, 1, 14, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 78, 2, 14, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 79, 1, 14, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 79, 2, 14, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.368911+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 80, 1, 2, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 80, 2, 2, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 81, 1, 2, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 81, 2, 2, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 82, 1, 2, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 82, 2, 2, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 83, 1, 2, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 83, 2, 2, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 84, 1, 2, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 84, 2, 2, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 85, 1, 2, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 55, 2, 1, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 56, 1, 1, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 56, 2, 1, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 57, 1, 1, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 57, 2, 1, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 58, 1, 1, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 58, 2, 1, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 59, 1, 1, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 59, 2, 1, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.144775+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 60, 1, 1, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 60, 2, 1, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 61, 1, 1, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 61, 2, 1, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 62, 1, 1, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 62, 2, 1, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -1000000, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 63, 1, 1, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 63, 2, 1, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 64, 1, 1, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1195, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 64, 2, 1, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1195, '2026-12-07 01:28:53.222365+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 60, 1, 9, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 60, 2, 9, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 61, 1, 9, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 61, 2, 9, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 62, 1, 9, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 62, 2, 9, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 63, 1, 9, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 63, 2, 9, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 64, 1, 9, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 64, 2, 9, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.239824+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 88, 1, 9, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 88, 2, 9, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 89, 1, 9, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 89, 2, 9, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 90, 1, 9, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 90, 2, 9, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 91, 1, 9, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 91, 2, 9, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 92, 1, 9, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c94', 'repayment-clearing', 12070233, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 92, 2, 9, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c94', 'interest-receivable', -70233, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 92, 3, 9, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c94', 'loan-principal', -12000000, '2026-12-07 01:28:53.42723+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 92, 1, 6, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c96', 'repayment-clearing', 12070233, '2026-12-07 01:28:53.478064+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 92, 2, 6, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c96', 'interest-receivable', -70233, '2026-12-07 01:28:53.478064+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 92, 3, 6, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c96', 'loan-principal', -12000000, '2026-12-07 01:28:53.478064+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 93, 1, 5, '2024-04-12', 2, 'LUMP', 'repayment', 'c101', 'repayment-clearing', 24240800, '2026-12-07 01:28:53.546648+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 93, 2, 5, '2024-04-12', 2, 'LUMP', 'repayment', 'c101', 'interest-receivable', -240800, '2026-12-07 01:28:53.546648+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 93, 3, 5, '2024-04-12', 2, 'LUMP', 'repayment', 'c101', 'loan-principal', -24000000, '2026-12-07 01:28:53.546648+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 118, 1, 0, '2024-04-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 118, 2, 0, '2024-04-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 119, 1, 0, '2024-04-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 119, 2, 0, '2024-04-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 120, 1, 0, '2024-04-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 120, 2, 0, '2024-04-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 121, 1, 0, '2024-04-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 121, 2, 0, '2024-04-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 122, 1, 0, '2024-04-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 122, 2, 0, '2024-04-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 123, 1, 0, '2024-04-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 123, 2, 0, '2024-04-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 124, 1, 0, '2024-04-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 124, 2, 0, '2024-04-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 125, 1, 0, '2024-04-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 54, 1, 2, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 54, 2, 2, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 55, 1, 2, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 55, 2, 2, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 56, 1, 2, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 56, 2, 2, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 57, 1, 2, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 57, 2, 2, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 58, 1, 2, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 58, 2, 2, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 59, 1, 2, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 59, 2, 2, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.150095+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 52, 1, 9, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 52, 2, 9, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 53, 1, 9, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 53, 2, 9, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 54, 1, 9, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 54, 2, 9, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 55, 1, 9, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 55, 2, 9, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 56, 1, 9, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 56, 2, 9, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 57, 1, 9, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 57, 2, 9, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 58, 1, 9, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 58, 2, 9, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 59, 1, 9, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 59, 2, 9, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179356+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 60, 1, 6, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 60, 2, 6, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 61, 1, 6, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 61, 2, 6, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 62, 1, 6, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 62, 2, 6, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 63, 1, 6, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 63, 2, 6, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 64, 1, 6, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 64, 2, 6, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.240664+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 65, 1, 3, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 65, 2, 3, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 66, 1, 3, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4777, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 66, 2, 3, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4777, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 67, 1, 3, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 67, 2, 3, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 68, 1, 3, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 68, 2, 3, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 69, 1, 3, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 69, 2, 3, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 70, 1, 3, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 70, 2, 3, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.293843+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 65, 1, 6, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 65, 2, 6, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 66, 1, 6, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 66, 2, 6, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 67, 1, 6, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 67, 2, 6, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 68, 1, 6, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 68, 2, 6, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 69, 1, 6, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 69, 2, 6, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 70, 1, 6, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 57, 2, 12, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 58, 1, 12, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 58, 2, 12, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 59, 1, 12, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 59, 2, 12, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.184838+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 60, 1, 0, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 60, 2, 0, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 61, 1, 0, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 3822, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 61, 2, 0, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -3822, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 62, 1, 0, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 62, 2, 0, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -4000000, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 63, 1, 0, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 63, 2, 0, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 64, 1, 0, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 64, 2, 0, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.212626+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 65, 1, 2, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 65, 2, 2, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 66, 1, 2, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 66, 2, 2, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 67, 1, 2, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 67, 2, 2, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 68, 1, 2, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 68, 2, 2, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 69, 1, 2, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 69, 2, 2, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 70, 1, 2, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 70, 2, 2, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.294622+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 65, 1, 12, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 65, 2, 12, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 66, 1, 12, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 66, 2, 12, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 67, 1, 12, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 67, 2, 12, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 68, 1, 12, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 68, 2, 12, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 69, 1, 12, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 69, 2, 12, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 70, 1, 12, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 70, 2, 12, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.309584+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 71, 1, 2, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 71, 2, 2, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 72, 1, 2, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 72, 2, 2, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 73, 1, 2, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 73, 2, 2, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 74, 1, 2, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 74, 2, 2, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 75, 1, 2, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 75, 2, 2, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 76, 1, 2, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 76, 2, 2, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 77, 1, 2, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 77, 2, 2, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -2000000, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 78, 1, 2, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 78, 2, 2, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 79, 1, 2, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 79, 2, 2, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.339235+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 80, 1, 5, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 80, 2, 5, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 81, 1, 5, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 81, 2, 5, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 55, 1, 6, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 55, 2, 6, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 56, 1, 6, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 56, 2, 6, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 57, 1, 6, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 57, 2, 6, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 58, 1, 6, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 58, 2, 6, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 59, 1, 6, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 59, 2, 6, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.179946+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 52, 1, 15, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 52, 2, 15, '2024-03-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 53, 1, 15, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 53, 2, 15, '2024-03-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 54, 1, 15, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 54, 2, 15, '2024-03-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 55, 1, 15, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 55, 2, 15, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 56, 1, 15, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 56, 2, 15, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 57, 1, 15, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 57, 2, 15, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 58, 1, 15, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 58, 2, 15, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 59, 1, 15, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 956, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 59, 2, 15, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -956, '2026-12-07 01:28:53.195397+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 60, 1, 2, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 60, 2, 2, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 61, 1, 2, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 61, 2, 2, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 62, 1, 2, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 62, 2, 2, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -2000000, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 63, 1, 2, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 63, 2, 2, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 64, 1, 2, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 64, 2, 2, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.222072+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 60, 1, 12, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 60, 2, 12, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 61, 1, 12, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 61, 2, 12, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 62, 1, 12, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 62, 2, 12, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 63, 1, 12, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 63, 2, 12, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 64, 1, 12, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 64, 2, 12, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.242523+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 60, 1, 14, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 60, 2, 14, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 61, 1, 14, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 61, 2, 14, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 62, 1, 14, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 62, 2, 14, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 63, 1, 14, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 63, 2, 14, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 64, 1, 14, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 64, 2, 14, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.250586+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 65, 1, 0, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 65, 2, 0, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 66, 1, 0, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4777, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 66, 2, 0, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4777, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 67, 1, 0, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 55, 2, 14, '2024-03-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 56, 1, 14, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 56, 2, 14, '2024-03-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 57, 1, 14, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 57, 2, 14, '2024-03-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 58, 1, 14, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 58, 2, 14, '2024-03-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 59, 1, 14, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 59, 2, 14, '2024-03-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1911, '2026-12-07 01:28:53.186253+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 65, 1, 14, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 65, 2, 14, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 66, 1, 14, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 66, 2, 14, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 67, 1, 14, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 67, 2, 14, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 68, 1, 14, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 68, 2, 14, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 69, 1, 14, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 69, 2, 14, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 70, 1, 14, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 70, 2, 14, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.317216+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 71, 1, 3, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 71, 2, 3, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 72, 1, 3, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 72, 2, 3, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 73, 1, 3, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 73, 2, 3, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 74, 1, 3, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 74, 2, 3, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 75, 1, 3, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 75, 2, 3, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 76, 1, 3, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4777, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 76, 2, 3, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4777, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 77, 1, 3, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 77, 2, 3, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -4000000, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 78, 1, 3, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 78, 2, 3, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 79, 1, 3, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 79, 2, 3, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.338015+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 71, 1, 9, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 71, 2, 9, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 72, 1, 9, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 72, 2, 9, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 73, 1, 9, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 73, 2, 9, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 74, 1, 9, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 74, 2, 9, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 75, 1, 9, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 75, 2, 9, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 76, 1, 9, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 76, 2, 9, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 77, 1, 9, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 77, 2, 9, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -2000000, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 78, 1, 9, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 78, 2, 9, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 79, 1, 9, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 79, 2, 9, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.36483+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 80, 1, 3, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 80, 2, 3, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 81, 1, 3, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 81, 2, 3, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 63, 1, 5, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 63, 2, 5, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 64, 1, 5, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 64, 2, 5, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.234379+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 60, 1, 15, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 60, 2, 15, '2024-03-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 61, 1, 15, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 955, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 61, 2, 15, '2024-03-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -955, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 62, 1, 15, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 62, 2, 15, '2024-03-29', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -1000000, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 63, 1, 15, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 63, 2, 15, '2024-03-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 64, 1, 15, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1195, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 64, 2, 15, '2024-03-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1195, '2026-12-07 01:28:53.250176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 65, 1, 1, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 65, 2, 1, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 66, 1, 1, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 66, 2, 1, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 67, 1, 1, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 67, 2, 1, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 68, 1, 1, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1195, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 68, 2, 1, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1195, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 69, 1, 1, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 69, 2, 1, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 70, 1, 1, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 70, 2, 1, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.293931+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 65, 1, 5, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 65, 2, 5, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 66, 1, 5, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4777, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 66, 2, 5, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4777, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 67, 1, 5, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 67, 2, 5, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 68, 1, 5, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 68, 2, 5, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 69, 1, 5, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 69, 2, 5, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 70, 1, 5, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 70, 2, 5, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.308239+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 71, 1, 1, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 71, 2, 1, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 72, 1, 1, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 72, 2, 1, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 73, 1, 1, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 73, 2, 1, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 74, 1, 1, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1195, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 74, 2, 1, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1195, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 75, 1, 1, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 75, 2, 1, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 76, 1, 1, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 76, 2, 1, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 77, 1, 1, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 77, 2, 1, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED2', -1000000, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 78, 1, 1, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 78, 2, 1, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 79, 1, 1, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 79, 2, 1, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.338124+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 71, 1, 6, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 71, 2, 6, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 72, 1, 6, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 72, 2, 6, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 73, 1, 6, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 67, 2, 0, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 68, 1, 0, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 68, 2, 0, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 69, 1, 0, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 69, 2, 0, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 70, 1, 0, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 70, 2, 0, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.294351+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 65, 1, 15, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 65, 2, 15, '2024-03-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 66, 1, 15, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 66, 2, 15, '2024-03-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 67, 1, 15, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 67, 2, 15, '2024-03-31', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 68, 1, 15, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1195, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 68, 2, 15, '2024-03-31', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1195, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 69, 1, 15, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 69, 2, 15, '2024-04-01', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 70, 1, 15, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 70, 2, 15, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.323443+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 71, 1, 5, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 71, 2, 5, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 72, 1, 5, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 72, 2, 5, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 73, 1, 5, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 73, 2, 5, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 74, 1, 5, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 74, 2, 5, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 75, 1, 5, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 75, 2, 5, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 76, 1, 5, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4777, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 76, 2, 5, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4777, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 77, 1, 5, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 77, 2, 5, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -4000000, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 78, 1, 5, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 78, 2, 5, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 79, 1, 5, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 79, 2, 5, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.350925+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 80, 1, 6, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 80, 2, 6, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 81, 1, 6, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 81, 2, 6, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 82, 1, 6, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 82, 2, 6, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 83, 1, 6, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 83, 2, 6, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 84, 1, 6, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 84, 2, 6, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 85, 1, 6, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 85, 2, 6, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 86, 1, 6, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 86, 2, 6, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 87, 1, 6, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 87, 2, 6, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.407065+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 80, 1, 15, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 80, 2, 15, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 81, 1, 15, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 81, 2, 15, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 82, 1, 15, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 82, 2, 15, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 83, 1, 15, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 83, 2, 15, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 70, 2, 6, '2024-04-01', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.307595+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 71, 1, 0, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 71, 2, 0, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 72, 1, 0, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 72, 2, 0, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 73, 1, 0, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 73, 2, 0, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 74, 1, 0, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4778, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 74, 2, 0, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4778, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 75, 1, 0, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 75, 2, 0, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 76, 1, 0, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 4777, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 76, 2, 0, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -4777, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 77, 1, 0, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 4000000, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 77, 2, 0, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -4000000, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 78, 1, 0, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 78, 2, 0, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 79, 1, 0, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 79, 2, 0, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.339473+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 71, 1, 12, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 71, 2, 12, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 72, 1, 12, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 72, 2, 12, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 73, 1, 12, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 73, 2, 12, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 74, 1, 12, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 74, 2, 12, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 75, 1, 12, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 75, 2, 12, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 76, 1, 12, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 76, 2, 12, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 77, 1, 12, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 77, 2, 12, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 78, 1, 12, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 78, 2, 12, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 79, 1, 12, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 79, 2, 12, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.359738+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 80, 1, 1, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 80, 2, 1, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 81, 1, 1, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 81, 2, 1, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 82, 1, 1, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 82, 2, 1, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 83, 1, 1, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 83, 2, 1, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 84, 1, 1, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 84, 2, 1, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 85, 1, 1, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 85, 2, 1, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 86, 1, 1, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 86, 2, 1, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 87, 1, 1, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 87, 2, 1, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.399479+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 80, 1, 14, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 80, 2, 14, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 81, 1, 14, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 81, 2, 14, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 82, 1, 14, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 82, 2, 14, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 83, 1, 14, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 83, 2, 14, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 73, 2, 6, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 74, 1, 6, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 74, 2, 6, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 75, 1, 6, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 75, 2, 6, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 76, 1, 6, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2389, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 76, 2, 6, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2389, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 77, 1, 6, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 2000000, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 77, 2, 6, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED1', -2000000, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 78, 1, 6, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 78, 2, 6, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 79, 1, 6, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 79, 2, 6, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.357921+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 71, 1, 15, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 71, 2, 15, '2024-04-02', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 72, 1, 15, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 72, 2, 15, '2024-04-02', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 73, 1, 15, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 73, 2, 15, '2024-04-03', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 74, 1, 15, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1195, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 74, 2, 15, '2024-04-03', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1195, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 75, 1, 15, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 75, 2, 15, '2024-04-04', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 76, 1, 15, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1194, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 76, 2, 15, '2024-04-04', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1194, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 77, 1, 15, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'loan-principal', 1000000, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 77, 2, 15, '2024-04-05', 3, 'FLOCK1', 'release', NULL, 'supplier-payable:FEED0', -1000000, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 78, 1, 15, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 78, 2, 15, '2024-04-05', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 79, 1, 15, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 79, 2, 15, '2024-04-05', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.37182+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 80, 1, 12, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 80, 2, 12, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 81, 1, 12, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 81, 2, 12, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 82, 1, 12, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 82, 2, 12, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 83, 1, 12, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 83, 2, 12, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 84, 1, 12, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 84, 2, 12, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 85, 1, 12, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 85, 2, 12, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 86, 1, 12, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 86, 2, 12, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 87, 1, 12, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 87, 2, 12, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.417169+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 88, 1, 6, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 88, 2, 6, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 89, 1, 6, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 89, 2, 6, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 90, 1, 6, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 90, 2, 6, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 91, 1, 6, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 91, 2, 6, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.443183+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 88, 1, 14, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 88, 2, 14, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 89, 1, 14, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 89, 2, 14, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 90, 1, 14, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 90, 2, 14, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 82, 1, 3, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 82, 2, 3, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 83, 1, 3, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 83, 2, 3, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 84, 1, 3, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 84, 2, 3, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 85, 1, 3, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 85, 2, 3, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 86, 1, 3, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 86, 2, 3, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 87, 1, 3, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 87, 2, 3, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.40079+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 80, 1, 9, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 80, 2, 9, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 81, 1, 9, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 81, 2, 9, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 82, 1, 9, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 82, 2, 9, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 83, 1, 9, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 83, 2, 9, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 84, 1, 9, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 84, 2, 9, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 85, 1, 9, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 85, 2, 9, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 86, 1, 9, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 86, 2, 9, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 87, 1, 9, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 87, 2, 9, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.409123+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 88, 1, 2, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 88, 2, 2, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 89, 1, 2, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 89, 2, 2, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 90, 1, 2, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 90, 2, 2, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 91, 1, 2, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 91, 2, 2, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.435728+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 92, 1, 5, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c100', 'repayment-clearing', 24140467, '2026-12-07 01:28:53.533487+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 92, 2, 5, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c100', 'interest-receivable', -140467, '2026-12-07 01:28:53.533487+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 92, 3, 5, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c100', 'loan-principal', -24000000, '2026-12-07 01:28:53.533487+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 93, 1, 15, '2024-04-12', 2, 'LUMP', 'repayment', 'c105', 'repayment-clearing', 6060200, '2026-12-07 01:28:53.580643+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 93, 2, 15, '2024-04-12', 2, 'LUMP', 'repayment', 'c105', 'interest-receivable', -60200, '2026-12-07 01:28:53.580643+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 93, 3, 15, '2024-04-12', 2, 'LUMP', 'repayment', 'c105', 'loan-principal', -6000000, '2026-12-07 01:28:53.580643+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 92, 1, 12, '2024-04-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.678257+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 92, 2, 12, '2024-04-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.678257+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 93, 1, 12, '2024-04-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.678257+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 93, 2, 12, '2024-04-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.678257+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 94, 1, 12, '2024-04-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.710728+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 94, 2, 12, '2024-04-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.710728+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 95, 1, 12, '2024-04-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.710728+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 95, 2, 12, '2024-04-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.710728+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 118, 1, 12, '2024-04-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 118, 2, 12, '2024-04-25', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 119, 1, 12, '2024-04-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 119, 2, 12, '2024-04-25', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 120, 1, 12, '2024-04-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 120, 2, 12, '2024-04-26', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 121, 1, 12, '2024-04-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 121, 2, 12, '2024-04-26', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 122, 1, 12, '2024-04-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 122, 2, 12, '2024-04-27', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 123, 1, 12, '2024-04-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 85, 2, 2, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 86, 1, 2, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 86, 2, 2, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 87, 1, 2, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 87, 2, 2, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.400131+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 80, 1, 0, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 80, 2, 0, '2024-04-06', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 81, 1, 0, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 81, 2, 0, '2024-04-06', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 82, 1, 0, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 82, 2, 0, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 83, 1, 0, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 83, 2, 0, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 84, 1, 0, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 84, 2, 0, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 85, 1, 0, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 85, 2, 0, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 86, 1, 0, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 86, 2, 0, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 87, 1, 0, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 87, 2, 0, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.410804+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 88, 1, 1, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 88, 2, 1, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 89, 1, 1, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 89, 2, 1, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 90, 1, 1, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 90, 2, 1, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 91, 1, 1, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 91, 2, 1, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.435176+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 88, 1, 12, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 88, 2, 12, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 89, 1, 12, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 89, 2, 12, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 90, 1, 12, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 90, 2, 12, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 91, 1, 12, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 91, 2, 12, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.447866+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 92, 1, 3, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c98', 'repayment-clearing', 24140467, '2026-12-07 01:28:53.505828+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 92, 2, 3, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c98', 'interest-receivable', -140467, '2026-12-07 01:28:53.505828+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 92, 3, 3, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c98', 'loan-principal', -24000000, '2026-12-07 01:28:53.505828+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 93, 1, 2, '2024-04-12', 2, 'LUMP', 'repayment', 'c103', 'repayment-clearing', 12120400, '2026-12-07 01:28:53.562522+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 93, 2, 2, '2024-04-12', 2, 'LUMP', 'repayment', 'c103', 'interest-receivable', -120400, '2026-12-07 01:28:53.562522+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 93, 3, 2, '2024-04-12', 2, 'LUMP', 'repayment', 'c103', 'loan-principal', -12000000, '2026-12-07 01:28:53.562522+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 82, 1, 5, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 82, 2, 5, '2024-04-07', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 83, 1, 5, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 83, 2, 5, '2024-04-07', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 84, 1, 5, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 84, 2, 5, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 85, 1, 5, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 85, 2, 5, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 86, 1, 5, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 86, 2, 5, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 87, 1, 5, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 87, 2, 5, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.404208+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 88, 1, 3, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 88, 2, 3, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 89, 1, 3, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 89, 2, 3, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 90, 1, 3, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 90, 2, 3, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 91, 1, 3, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 91, 2, 3, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.434561+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 92, 1, 2, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c102', 'repayment-clearing', 12070233, '2026-12-07 01:28:53.553328+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 92, 2, 2, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c102', 'interest-receivable', -70233, '2026-12-07 01:28:53.553328+00');
INSERT INTO public.journal_postings VALUES ('FARM0005', 92, 3, 2, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c102', 'loan-principal', -12000000, '2026-12-07 01:28:53.553328+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 93, 1, 1, '2024-04-12', 2, 'LUMP', 'repayment', 'c107', 'repayment-clearing', 6060200, '2026-12-07 01:28:53.600701+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 93, 2, 1, '2024-04-12', 2, 'LUMP', 'repayment', 'c107', 'interest-receivable', -60200, '2026-12-07 01:28:53.600701+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 93, 3, 1, '2024-04-12', 2, 'LUMP', 'repayment', 'c107', 'loan-principal', -6000000, '2026-12-07 01:28:53.600701+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 96, 1, 12, '2024-04-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 96, 2, 12, '2024-04-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 97, 1, 12, '2024-04-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 97, 2, 12, '2024-04-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 98, 1, 12, '2024-04-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 98, 2, 12, '2024-04-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 99, 1, 12, '2024-04-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 99, 2, 12, '2024-04-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 100, 1, 12, '2024-04-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 100, 2, 12, '2024-04-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 101, 1, 12, '2024-04-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 101, 2, 12, '2024-04-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 102, 1, 12, '2024-04-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 102, 2, 12, '2024-04-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 103, 1, 12, '2024-04-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 103, 2, 12, '2024-04-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 104, 1, 12, '2024-04-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 104, 2, 12, '2024-04-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 105, 1, 12, '2024-04-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 105, 2, 12, '2024-04-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 106, 1, 12, '2024-04-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 106, 2, 12, '2024-04-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 107, 1, 12, '2024-04-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 107, 2, 12, '2024-04-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 108, 1, 12, '2024-04-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 108, 2, 12, '2024-04-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 109, 1, 12, '2024-04-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 109, 2, 12, '2024-04-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.744677+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 110, 1, 0, '2024-04-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 110, 2, 0, '2024-04-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 111, 1, 0, '2024-04-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 111, 2, 0, '2024-04-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 112, 1, 0, '2024-04-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 112, 2, 0, '2024-04-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 113, 1, 0, '2024-04-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 84, 1, 14, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 84, 2, 14, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 85, 1, 14, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 85, 2, 14, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 86, 1, 14, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 86, 2, 14, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 87, 1, 14, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 87, 2, 14, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.418199+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 88, 1, 5, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 88, 2, 5, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 89, 1, 5, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 89, 2, 5, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 90, 1, 5, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 90, 2, 5, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 91, 1, 5, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0004', 91, 2, 5, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.440456+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 88, 1, 15, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 88, 2, 15, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 89, 1, 15, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 89, 2, 15, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 90, 1, 15, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 90, 2, 15, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 91, 1, 15, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 91, 2, 15, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.451879+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 93, 1, 6, '2024-04-12', 2, 'LUMP', 'repayment', 'c97', 'repayment-clearing', 12120400, '2026-12-07 01:28:53.496649+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 93, 2, 6, '2024-04-12', 2, 'LUMP', 'repayment', 'c97', 'interest-receivable', -120400, '2026-12-07 01:28:53.496649+00');
INSERT INTO public.journal_postings VALUES ('FARM0001', 93, 3, 6, '2024-04-12', 2, 'LUMP', 'repayment', 'c97', 'loan-principal', -12000000, '2026-12-07 01:28:53.496649+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 92, 1, 1, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c106', 'repayment-clearing', 6035117, '2026-12-07 01:28:53.593327+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 92, 2, 1, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c106', 'interest-receivable', -35117, '2026-12-07 01:28:53.593327+00');
INSERT INTO public.journal_postings VALUES ('FARM0008', 92, 3, 1, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c106', 'loan-principal', -6000000, '2026-12-07 01:28:53.593327+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 94, 1, 0, '2024-04-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.696543+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 94, 2, 0, '2024-04-13', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.696543+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 95, 1, 0, '2024-04-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.696543+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 95, 2, 0, '2024-04-13', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.696543+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 128, 1, 0, '2024-04-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 128, 2, 0, '2024-04-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 129, 1, 0, '2024-04-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 129, 2, 0, '2024-04-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 130, 1, 0, '2024-05-01', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 130, 2, 0, '2024-05-01', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 131, 1, 0, '2024-05-01', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 131, 2, 0, '2024-05-01', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 132, 1, 0, '2024-05-02', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 132, 2, 0, '2024-05-02', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 133, 1, 0, '2024-05-02', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 133, 2, 0, '2024-05-02', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 134, 1, 0, '2024-05-03', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 134, 2, 0, '2024-05-03', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 135, 1, 0, '2024-05-03', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 135, 2, 0, '2024-05-03', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 136, 1, 0, '2024-05-04', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 136, 2, 0, '2024-05-04', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 137, 1, 0, '2024-05-04', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 137, 2, 0, '2024-05-04', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.838132+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 138, 1, 0, '2024-05-05', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 138, 2, 0, '2024-05-05', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 139, 1, 0, '2024-05-05', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 139, 2, 0, '2024-05-05', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 140, 1, 0, '2024-05-06', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 140, 2, 0, '2024-05-06', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 141, 1, 0, '2024-05-06', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 84, 1, 15, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 84, 2, 15, '2024-04-08', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 85, 1, 15, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1434, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 85, 2, 15, '2024-04-08', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1434, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 86, 1, 15, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 86, 2, 15, '2024-04-09', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 87, 1, 15, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 87, 2, 15, '2024-04-09', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -1433, '2026-12-07 01:28:53.420364+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 88, 1, 0, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 88, 2, 0, '2024-04-10', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 89, 1, 0, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 89, 2, 0, '2024-04-10', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 90, 1, 0, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 90, 2, 0, '2024-04-11', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 91, 1, 0, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 91, 2, 0, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.438458+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 93, 1, 9, '2024-04-12', 2, 'LUMP', 'repayment', 'c95', 'repayment-clearing', 12120400, '2026-12-07 01:28:53.454847+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 93, 2, 9, '2024-04-12', 2, 'LUMP', 'repayment', 'c95', 'interest-receivable', -120400, '2026-12-07 01:28:53.454847+00');
INSERT INTO public.journal_postings VALUES ('FARM0000', 93, 3, 9, '2024-04-12', 2, 'LUMP', 'repayment', 'c95', 'loan-principal', -12000000, '2026-12-07 01:28:53.454847+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 93, 1, 3, '2024-04-12', 2, 'LUMP', 'repayment', 'c99', 'repayment-clearing', 24240800, '2026-12-07 01:28:53.524638+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 93, 2, 3, '2024-04-12', 2, 'LUMP', 'repayment', 'c99', 'interest-receivable', -240800, '2026-12-07 01:28:53.524638+00');
INSERT INTO public.journal_postings VALUES ('FARM0002', 93, 3, 3, '2024-04-12', 2, 'LUMP', 'repayment', 'c99', 'loan-principal', -24000000, '2026-12-07 01:28:53.524638+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 92, 1, 14, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c108', 'repayment-clearing', 12070233, '2026-12-07 01:28:53.609497+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 92, 2, 14, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c108', 'interest-receivable', -70233, '2026-12-07 01:28:53.609497+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 92, 3, 14, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c108', 'loan-principal', -12000000, '2026-12-07 01:28:53.609497+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 110, 1, 12, '2024-04-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 110, 2, 12, '2024-04-21', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 111, 1, 12, '2024-04-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 111, 2, 12, '2024-04-21', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 112, 1, 12, '2024-04-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 112, 2, 12, '2024-04-22', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 113, 1, 12, '2024-04-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 113, 2, 12, '2024-04-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 114, 1, 12, '2024-04-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 114, 2, 12, '2024-04-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 115, 1, 12, '2024-04-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 115, 2, 12, '2024-04-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 116, 1, 12, '2024-04-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 116, 2, 12, '2024-04-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 117, 1, 12, '2024-04-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 117, 2, 12, '2024-04-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.772281+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 91, 1, 14, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 91, 2, 14, '2024-04-11', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.449918+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 92, 1, 15, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c104', 'repayment-clearing', 6035117, '2026-12-07 01:28:53.569548+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 92, 2, 15, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c104', 'interest-receivable', -35117, '2026-12-07 01:28:53.569548+00');
INSERT INTO public.journal_postings VALUES ('FARM0006', 92, 3, 15, '2024-04-12', 3, 'FLOCK1', 'repayment', 'c104', 'loan-principal', -6000000, '2026-12-07 01:28:53.569548+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 93, 1, 14, '2024-04-12', 2, 'LUMP', 'repayment', 'c109', 'repayment-clearing', 12120400, '2026-12-07 01:28:53.620654+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 93, 2, 14, '2024-04-12', 2, 'LUMP', 'repayment', 'c109', 'interest-receivable', -120400, '2026-12-07 01:28:53.620654+00');
INSERT INTO public.journal_postings VALUES ('FARM0009', 93, 3, 14, '2024-04-12', 2, 'LUMP', 'repayment', 'c109', 'loan-principal', -12000000, '2026-12-07 01:28:53.620654+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 92, 1, 0, '2024-04-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.643157+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 92, 2, 0, '2024-04-12', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.643157+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 93, 1, 0, '2024-04-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.643157+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 93, 2, 0, '2024-04-12', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.643157+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 96, 1, 0, '2024-04-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 96, 2, 0, '2024-04-14', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 97, 1, 0, '2024-04-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 97, 2, 0, '2024-04-14', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 98, 1, 0, '2024-04-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 98, 2, 0, '2024-04-15', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 99, 1, 0, '2024-04-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 99, 2, 0, '2024-04-15', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 100, 1, 0, '2024-04-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 100, 2, 0, '2024-04-16', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 101, 1, 0, '2024-04-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 101, 2, 0, '2024-04-16', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 102, 1, 0, '2024-04-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 102, 2, 0, '2024-04-17', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 103, 1, 0, '2024-04-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 103, 2, 0, '2024-04-17', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 104, 1, 0, '2024-04-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 104, 2, 0, '2024-04-18', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 105, 1, 0, '2024-04-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 105, 2, 0, '2024-04-18', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 106, 1, 0, '2024-04-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 106, 2, 0, '2024-04-19', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 107, 1, 0, '2024-04-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 107, 2, 0, '2024-04-19', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 108, 1, 0, '2024-04-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 108, 2, 0, '2024-04-20', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 109, 1, 0, '2024-04-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 109, 2, 0, '2024-04-20', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.730832+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 113, 2, 0, '2024-04-22', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 114, 1, 0, '2024-04-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 114, 2, 0, '2024-04-23', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 115, 1, 0, '2024-04-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 115, 2, 0, '2024-04-23', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 116, 1, 0, '2024-04-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 116, 2, 0, '2024-04-24', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 117, 1, 0, '2024-04-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 117, 2, 0, '2024-04-24', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.766297+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 125, 2, 0, '2024-04-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 126, 1, 0, '2024-04-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 126, 2, 0, '2024-04-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -5733, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 127, 1, 0, '2024-04-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 127, 2, 0, '2024-04-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -5734, '2026-12-07 01:28:53.788152+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 146, 1, 0, '2024-05-09', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:54.012361+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 146, 2, 0, '2024-05-09', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:54.012361+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 147, 1, 0, '2024-05-09', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:54.012361+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 147, 2, 0, '2024-05-09', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:54.012361+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 123, 2, 12, '2024-04-27', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 124, 1, 12, '2024-04-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 124, 2, 12, '2024-04-28', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 125, 1, 12, '2024-04-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 125, 2, 12, '2024-04-28', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 126, 1, 12, '2024-04-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 126, 2, 12, '2024-04-29', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 127, 1, 12, '2024-04-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 127, 2, 12, '2024-04-29', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2866, '2026-12-07 01:28:53.805808+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 128, 1, 12, '2024-04-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 128, 2, 12, '2024-04-30', 2, 'LUMP', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 129, 1, 12, '2024-04-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-receivable', 2867, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 129, 2, 12, '2024-04-30', 3, 'FLOCK1', 'interest-accrual', NULL, 'interest-income', -2867, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 130, 1, 12, '2024-05-01', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 130, 2, 12, '2024-05-01', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 131, 1, 12, '2024-05-01', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 131, 2, 12, '2024-05-01', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 132, 1, 12, '2024-05-02', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 132, 2, 12, '2024-05-02', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 133, 1, 12, '2024-05-02', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 133, 2, 12, '2024-05-02', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 134, 1, 12, '2024-05-03', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 134, 2, 12, '2024-05-03', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 135, 1, 12, '2024-05-03', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 135, 2, 12, '2024-05-03', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 136, 1, 12, '2024-05-04', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 136, 2, 12, '2024-05-04', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 137, 1, 12, '2024-05-04', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 137, 2, 12, '2024-05-04', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.870602+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 138, 1, 12, '2024-05-05', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 138, 2, 12, '2024-05-05', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 139, 1, 12, '2024-05-05', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 139, 2, 12, '2024-05-05', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 140, 1, 12, '2024-05-06', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 140, 2, 12, '2024-05-06', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 141, 1, 12, '2024-05-06', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 141, 2, 12, '2024-05-06', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 142, 1, 12, '2024-05-07', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 142, 2, 12, '2024-05-07', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 143, 1, 12, '2024-05-07', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 143, 2, 12, '2024-05-07', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 144, 1, 12, '2024-05-08', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 144, 2, 12, '2024-05-08', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 145, 1, 12, '2024-05-08', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 145, 2, 12, '2024-05-08', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:53.929567+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 146, 1, 12, '2024-05-09', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:54.028722+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 146, 2, 12, '2024-05-09', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:54.028722+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 147, 1, 12, '2024-05-09', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 4300, '2026-12-07 01:28:54.028722+00');
INSERT INTO public.journal_postings VALUES ('FARM0007', 147, 2, 12, '2024-05-09', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -4300, '2026-12-07 01:28:54.028722+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 141, 2, 0, '2024-05-06', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 142, 1, 0, '2024-05-07', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 142, 2, 0, '2024-05-07', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 143, 1, 0, '2024-05-07', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 143, 2, 0, '2024-05-07', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 144, 1, 0, '2024-05-08', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 144, 2, 0, '2024-05-08', 2, 'LUMP', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 145, 1, 0, '2024-05-08', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-receivable', 8600, '2026-12-07 01:28:53.904143+00');
INSERT INTO public.journal_postings VALUES ('FARM0003', 145, 2, 0, '2024-05-08', 3, 'FLOCK1', 'penalty-accrual', NULL, 'penalty-income', -8600, '2026-12-07 01:28:53.904143+00');


--
-- Data for Name: ledger_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ledger_meta VALUES (1, 16, '2024-05-10', '2026-12-07 01:28:50.423126+00', '2024-05-09');


--
-- Data for Name: orleansmembershiptable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansmembershipversiontable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansquery; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansquery VALUES ('InsertMembershipVersionKey', 'WITH inserted AS (
    INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM inserted');
INSERT INTO public.orleansquery VALUES ('InsertMembershipKey', 'SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
    @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)');
INSERT INTO public.orleansquery VALUES ('UpdateMembershipKey', 'SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
    @IAmAliveTime, @Version)');
INSERT INTO public.orleansquery VALUES ('UpdateIAmAlivetimeKey', 'UPDATE orleansmembershiptable SET iamalivetime = @IAmAliveTime
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation');
INSERT INTO public.orleansquery VALUES ('MembershipReadRowKey', 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
    m.suspecttimes, m.starttime, m.iamalivetime, v.version
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
    AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deploymentid = @DeploymentId');
INSERT INTO public.orleansquery VALUES ('MembershipReadAllKey', 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
    m.suspecttimes, m.starttime, m.iamalivetime, v.version
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId');
INSERT INTO public.orleansquery VALUES ('DeleteMembershipTableEntriesKey', 'DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId');
INSERT INTO public.orleansquery VALUES ('GatewaysQueryKey', 'SELECT address, proxyport, generation FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0');
INSERT INTO public.orleansquery VALUES ('CleanupDefunctSiloEntriesKey', 'DELETE FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3');
INSERT INTO public.orleansquery VALUES ('UpsertReminderRowKey', 'INSERT INTO orleansreminderstable AS r
    (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
    version = r.version + 1
RETURNING r.version');
INSERT INTO public.orleansquery VALUES ('ReadReminderRowsKey', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainid = @GrainId');
INSERT INTO public.orleansquery VALUES ('ReadReminderRowKey', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName');
INSERT INTO public.orleansquery VALUES ('ReadRangeRows1Key', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash');
INSERT INTO public.orleansquery VALUES ('ReadRangeRows2Key', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)');
INSERT INTO public.orleansquery VALUES ('DeleteReminderRowKey', 'WITH deleted AS (
    DELETE FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
        AND version = @Version
    RETURNING 1
)
SELECT count(*)::integer FROM deleted');
INSERT INTO public.orleansquery VALUES ('DeleteReminderRowsKey', 'DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId');
INSERT INTO public.orleansquery VALUES ('WriteToStorageKey', 'WITH inserted AS (
    INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
        grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @PayloadBinary, now(), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
), updated AS (
    UPDATE orleansstorage SET payloadbinary = @PayloadBinary, modifiedon = now(), version = version + 1
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString AND version = @GrainStateVersion
    RETURNING version
)
SELECT (SELECT version FROM inserted UNION ALL SELECT version FROM updated) AS newgrainstateversion');
INSERT INTO public.orleansquery VALUES ('ReadFromStorageKey', 'SELECT payloadbinary, version FROM orleansstorage WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString');
INSERT INTO public.orleansquery VALUES ('ClearStorageKey', 'UPDATE orleansstorage SET payloadbinary = NULL, modifiedon = now(), version = version + 1
WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString AND version = @GrainStateVersion
RETURNING version AS newgrainstateversion');
INSERT INTO public.orleansquery VALUES ('DeleteStorageKey', 'DELETE FROM orleansstorage WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString AND version = @GrainStateVersion
RETURNING version + 1 AS newgrainstateversion');


--
-- Data for Name: orleansreminderstable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansstorage; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: partitions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partitions VALUES (0, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (1, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (2, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (3, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (4, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (5, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (6, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (7, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (8, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (9, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (10, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (11, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (12, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (13, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (14, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');
INSERT INTO public.partitions VALUES (15, 'engine-silo-1', 1, '2026-12-07 01:28:59.030085+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES (1, 'ledger tables', '2026-12-07 01:28:50.423126+00');
INSERT INTO public.schema_migrations VALUES (2, 'end of day mark, silo status check', '2026-12-07 01:28:50.423126+00');
INSERT INTO public.schema_migrations VALUES (3, 'grains fill factor for heap-only updates', '2026-12-07 01:28:50.423126+00');
INSERT INTO public.schema_migrations VALUES (4, 'commit requirements checked inside the commit''s batch', '2026-12-07 01:28:50.423126+00');
INSERT INTO public.schema_migrations VALUES (5, 'books record the day they closed; no end-of-day mark', '2026-12-07 01:28:50.423126+00');
INSERT INTO public.schema_migrations VALUES (6, 'Orleans ADO.NET providers'' tables and stored queries', '2026-12-07 01:28:50.423126+00');


--
-- Data for Name: silos; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.silos VALUES ('engine-silo-1', 'http://127.0.0.1:5000', '2026-12-07 01:28:50.881671+00', 'active', '2026-12-07 01:28:54.025084+00');


--
-- Name: command_outcomes command_outcomes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.command_outcomes
    ADD CONSTRAINT command_outcomes_pkey PRIMARY KEY (scope, command_id);


--
-- Name: grains grains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grains
    ADD CONSTRAINT grains_pkey PRIMARY KEY (borrower_id, kind, entity_id);


--
-- Name: journal_postings journal_postings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_postings
    ADD CONSTRAINT journal_postings_pkey PRIMARY KEY (borrower_id, entry_seq, posting_no);


--
-- Name: ledger_meta ledger_meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_meta
    ADD CONSTRAINT ledger_meta_pkey PRIMARY KEY (id);


--
-- Name: orleansmembershiptable orleansmembershiptable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershiptable
    ADD CONSTRAINT orleansmembershiptable_pkey PRIMARY KEY (deploymentid, address, port, generation);


--
-- Name: orleansmembershipversiontable orleansmembershipversiontable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershipversiontable
    ADD CONSTRAINT orleansmembershipversiontable_pkey PRIMARY KEY (deploymentid);


--
-- Name: orleansquery orleansquery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansquery
    ADD CONSTRAINT orleansquery_pkey PRIMARY KEY (querykey);


--
-- Name: orleansreminderstable orleansreminderstable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansreminderstable
    ADD CONSTRAINT orleansreminderstable_pkey PRIMARY KEY (serviceid, grainid, remindername);


--
-- Name: partitions partitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partitions
    ADD CONSTRAINT partitions_pkey PRIMARY KEY (partition_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: silos silos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.silos
    ADD CONSTRAINT silos_pkey PRIMARY KEY (silo_id);


--
-- Name: grains_books_to_close_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX grains_books_to_close_idx ON public.grains USING btree (partition_id, borrower_id, closed_through) WHERE (kind = 1);


--
-- Name: grains_closed_through_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX grains_closed_through_idx ON public.grains USING btree (closed_through) WHERE (kind = 1);


--
-- Name: grains_kind_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX grains_kind_key_idx ON public.grains USING btree (kind, (
CASE
    WHEN (kind = 1) THEN borrower_id
    ELSE ((borrower_id || '/'::text) || entity_id)
END));


--
-- Name: grains_partition_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX grains_partition_idx ON public.grains USING btree (partition_id, borrower_id, kind, entity_id);


--
-- Name: orleansreminderstable_hash_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orleansreminderstable_hash_idx ON public.orleansreminderstable USING btree (serviceid, grainhash);


--
-- Name: orleansstorage_grain_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX orleansstorage_grain_key ON public.orleansstorage USING btree (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring, grainidextensionstring) NULLS NOT DISTINCT;


--
-- Name: journal_postings journal_postings_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER journal_postings_append_only BEFORE DELETE OR UPDATE ON public.journal_postings FOR EACH ROW EXECUTE FUNCTION public.journal_postings_refuse_change();


--
-- Name: journal_postings journal_postings_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER journal_postings_no_truncate BEFORE TRUNCATE ON public.journal_postings FOR EACH STATEMENT EXECUTE FUNCTION public.journal_postings_refuse_change();


--
-- Name: grains grains_partition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grains
    ADD CONSTRAINT grains_partition_id_fkey FOREIGN KEY (partition_id) REFERENCES public.partitions(partition_id);


--
-- Name: orleansmembershiptable orleansmembershiptable_deploymentid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershiptable
    ADD CONSTRAINT orleansmembershiptable_deploymentid_fkey FOREIGN KEY (deploymentid) REFERENCES public.orleansmembershipversiontable(deploymentid);


--
-- PostgreSQL database dump complete
--


