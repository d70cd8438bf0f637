package fr.integrance.people;

import java.util.concurrent.atomic.AtomicInteger;

import fr.integrance.platform.Nir;

/**
 * Valid NIRs that no other test uses: born abroad (department 99) in a commune and order
 * taken from a counter seeded at random, so that repeated runs on the same PostgreSQL
 * database do not collide on the unique blind index.
 */
public final class TestNirs {

	private static final AtomicInteger NEXT = new AtomicInteger(new java.util.Random().nextInt(900_000));

	private TestNirs() {
	}

	public static Nir next() {
		int n = NEXT.getAndIncrement() % 1_000_000;
		String first13 = "18501" + "99" + String.format("%06d", n);
		int key = (int) (97 - Long.parseLong(first13) % 97);
		return Nir.parse(first13 + String.format("%02d", key));
	}

}
