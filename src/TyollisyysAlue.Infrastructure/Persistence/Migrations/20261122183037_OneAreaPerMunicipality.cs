using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OneAreaPerMunicipality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "memberships",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "municipality_area_claims",
                columns: table => new
                {
                    membership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_name_fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    area_name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipality_area_claims", x => x.membership_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_municipality_area_claims_municipality_code",
                table: "municipality_area_claims",
                column: "municipality_code");
            // One area per municipality and day, across areas: RLS does not hide rows from constraints.
            // btree_gist lets the exclusion constraint compare the code with "=" (docs/decisions/0006).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE municipality_area_claims
                    ADD CONSTRAINT fk_municipality_area_claims_memberships FOREIGN KEY (membership_id)
                        REFERENCES memberships (id) ON DELETE CASCADE,
                    ADD CONSTRAINT ex_municipality_area_claims_one_area_per_day EXCLUDE USING gist
                        (municipality_code WITH =, daterange(valid_from, valid_to, '[]') WITH &&);

                CREATE OR REPLACE FUNCTION app_claim_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO municipality_area_claims
                            (membership_id, municipality_code, area_id, area_name_fi, area_name_sv, valid_from, valid_to)
                        SELECT NEW.id, NEW.municipality_code, NEW.area_id, a.name_fi, a.name_sv, NEW.valid_from, NEW.valid_to
                        FROM employment_areas a WHERE a.id = NEW.area_id;
                    ELSE
                        UPDATE municipality_area_claims
                        SET municipality_code = NEW.municipality_code, area_id = NEW.area_id,
                            valid_from = NEW.valid_from, valid_to = NEW.valid_to
                        WHERE membership_id = NEW.id;
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER memberships_claim_municipality AFTER INSERT OR UPDATE ON memberships
                    FOR EACH ROW EXECUTE FUNCTION app_claim_municipality();

                -- Existing memberships: memberships is FORCEd under RLS, which binds its owner too; lift it for the copy
                -- (the security script forces it again right after the migrations).
                ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY;
                INSERT INTO municipality_area_claims
                    (membership_id, municipality_code, area_id, area_name_fi, area_name_sv, valid_from, valid_to)
                SELECT m.id, m.municipality_code, m.area_id, a.name_fi, a.name_sv, m.valid_from, m.valid_to
                FROM memberships m JOIN employment_areas a ON a.id = m.area_id;
                ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS memberships_claim_municipality ON memberships;
                DROP FUNCTION IF EXISTS app_claim_municipality();
                """);
            migrationBuilder.DropTable(
                name: "municipality_area_claims");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "memberships");
        }
    }
}
