package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

class SeededDrawTests {

    private static final String SEED = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    /** FIPS 180-2's published SHA-256 of that message. */
    private static final String SHA256_OF_SEED = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

    @Nested
    class Commitment {

        @Test
        void shouldPublishTheSha256OfTheSeed() {
            assertThat(SeededDraw.commitment(SEED)).isEqualTo(SHA256_OF_SEED);
        }

        @Test
        void shouldVerifyTheRevealedSeedAgainstTheCommitment() {
            assertThat(SeededDraw.verifies(SEED, SHA256_OF_SEED)).isTrue();
            assertThat(SeededDraw.verifies(SEED, SHA256_OF_SEED.toUpperCase(Locale.ROOT))).isTrue();
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # revealed seed
                abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopr
                abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnop
                ABCDBCDECDEFDEFGEFGHFGHIGHIJHIJKIJKLJKLMKLMNLMNOMNOPNOPQ
                short
                """)
        void shouldRejectAnyOtherSeed(String revealed) {
            assertThat(SeededDraw.verifies(revealed, SHA256_OF_SEED)).isFalse();
        }

        @Test
        void shouldRejectATruncatedCommitment() {
            assertThat(SeededDraw.verifies(SEED, SHA256_OF_SEED.substring(0, 32))).isFalse();
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # seed length, accepted
                0,  false
                15, false
                16, true
                64, true
                """)
        void shouldRefuseSeedsShortEnoughToGuessFromTheCommitment(int length, boolean accepted) {
            String seed = "x".repeat(length);

            if (accepted) assertThat(SeededDraw.commitment(seed)).hasSize(64);
            else assertThatThrownBy(() -> SeededDraw.commitment(seed)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("s. 14").hasMessageContaining("was " + length);
        }

        @Test
        void shouldGenerateFreshSeedsOf256Bits() {
            Set<String> seeds = new HashSet<>();
            for (int i = 0; i < 20; i++) seeds.add(SeededDraw.newSeed());

            assertThat(seeds).hasSize(20).allMatch(s -> s.matches("[0-9a-f]{64}"));
        }

        @Test
        void shouldShowTheCommitmentNotTheSeed() {
            assertThat(new SeededDraw(SEED).toString()).contains(SHA256_OF_SEED).doesNotContain(SEED);
        }
    }

    @Nested
    class Order {

        private final List<String> tied = List.of("p-3", "p-1", "p-2", "p-5", "p-4");

        @Test
        void shouldSortByTheHashOfSeedColonIdSoAnyoneCanRecomputeIt() throws Exception {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            List<String> byHand = tied.stream()
                    .sorted(Comparator.comparing(id -> HexFormat.of().formatHex(sha256.digest((SEED + ":" + id).getBytes(StandardCharsets.UTF_8)))))
                    .toList();

            assertThat(SeededDraw.order(SEED, tied)).isEqualTo(byHand);
        }

        @Test
        void shouldGiveTheSameOrderForTheSameSeed() {
            assertThat(SeededDraw.order(SEED, tied)).isEqualTo(SeededDraw.order(SEED, tied.reversed()))
                    .isEqualTo(new SeededDraw(SEED).order(List.of("p-1", "p-2", "p-3", "p-4", "p-5")));
        }

        @Test
        void shouldIgnoreRepeatedIds() {
            assertThat(SeededDraw.order(SEED, List.of("p-1", "p-2", "p-1"))).containsExactlyInAnyOrder("p-1", "p-2");
        }

        @Test
        void shouldGiveDifferentOrdersForDifferentSeeds() {
            Set<List<String>> orders = new HashSet<>();
            for (int i = 0; i < 30; i++) orders.add(SeededDraw.order(SEED + i, tied));

            assertThat(orders).hasSizeGreaterThan(20);
        }

        @Test
        void shouldGiveEachTiedProposalTheFirstPlaceForSomeSeed() {
            Set<String> firsts = new HashSet<>();
            for (int i = 0; i < 100; i++) firsts.add(SeededDraw.order(SEED + i, tied).getFirst());

            assertThat(firsts).containsExactlyInAnyOrderElementsOf(tied);
        }
    }
}
