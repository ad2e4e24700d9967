# Turkish, German, French, Spanish and Russian stories for the seventy-first held-out part (h71-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h71_en.py.
ARTICLES = [
dict(id="h71-tr-001", lang="tr", tpl="nextjs", section="Kent", date="2026-05-12", byline="Serkan Yazıcıoğlu",
     title="Balıkpazarı'nın yeni hali açıldı: 64 tezgâh, bir de çocuk köşesi",
     sub="Üç yıl süren inşaatın ardından esnaf eski çadırlardan kapalı hale taşındı.",
     caption="Yeni halin açılış günündeki kalabalık.", credit="Fotoğraf: Serkan Yazıcıoğlu",
     look=[("bold", "Esnafın bir kısmı ise memnun değil.")],
     body="""
Denizköy'ün Balıkpazarı semtinde üç yıldır süren yeni hal inşaatı tamamlandı. Cumartesi sabahı yapılan açılışla birlikte balıkçılar, manavlar ve kuru gıdacılar, yıllardır çalıştıkları çadırlardan çatısı olan, soğuk hava depolu bir binaya taşındı.

Belediye Başkanı Nazan Koçer, açılışta yaptığı konuşmada binanın 64 tezgâh, iki soğuk oda ve bir buz makinesi barındırdığını söyledi. Projenin maliyeti 118 milyon lira oldu.

**Tezgâh kiraları**

Esnaf, yeni halde tezgâh büyüklüğüne göre aylık kira ödeyecek:

- küçük tezgâh: 3.200 lira
- orta tezgâh: 4.800 lira
- köşe tezgâhı: 6.100 lira

Kiraların ilk yıl yüzde 40 indirimli uygulanacağı açıklandı.

Yeni halin en çok konuşulan bölümü ise girişteki çocuk köşesi oldu. Alışveriş yapan anne babaların çocukları burada gönüllü öğretmenlerle resim yapabiliyor.

Esnafın bir kısmı ise memnun değil.

Otuz yıldır hamsi satan Cemal Toprakçı, yeni tezgâhların eskisinden dar olduğunu söylüyor. "Kasaları üst üste koymak zorunda kaldım. Müşteri balığı göremezse almaz," dedi.

Belediye, şikâyetleri toplamak için halin girişine bir masa koydu. Zabıta müdürü Emre Kalkan, ilk ay içinde gelen önerilere göre tezgâh düzeninin değişebileceğini söyledi.

Hal, pazar hariç her gün sabah 06.00 ile akşam 19.00 arasında açık olacak.
"""),

dict(id="h71-tr-002", lang="tr", tpl="cms", section="İnsan", date="2026-10-19", byline="Gülay Demirtaş",
     title="Köyün son değirmencisi: 44 yıl taş değirmenin başında",
     sub="Hüseyin Altıntaş, Akçadere'deki su değirmenini yeğenine devrediyor.",
     caption="Hüseyin Altıntaş değirmen taşının başında.", credit="Fotoğraf: Gülay Demirtaş",
     low=0,
     body="""
Akçadere köyünün girişindeki su değirmeni 1890'lardan beri dönüyor. Son 44 yıldır başında Hüseyin Altıntaş var. 71 yaşındaki değirmenci, gelecek ilkbaharda anahtarı yeğeni Onur'a bırakacak. Kendisiyle değirmenin önündeki çınarın altında konuştuk.

**Değirmenciliği kimden öğrendiniz?**

Kayınpederimden. Askerden döndüğüm hafta elime bir çuval verdi, "taşı dinle" dedi. Bir yıl boyunca sadece dinledim.

**Taş ne söylüyor?**

Un inceldiğinde ses de incelir. Taş çok yaklaşırsa un yanar, kokusundan anlarsın. Saat bakmadan bilirsin.

**Hiç bıktınız mı?**

Bıkmadım ama yoruldum. Bir çuval kırk kilo. Eskiden günde otuz çuval taşırdım, şimdi on tane taşıyınca belim söylüyor.

**Ya kışın?**

Kışın dere donar, değirmen durur. O zaman taşı kaldırır, oyukları yeniden açarım. Bir taşı elle işlemek iki hafta sürer.

**Köylüler hâlâ buğday getiriyor mu?**

Eskisi kadar değil. Ama şehirden gelenler çoğaldı. Taş değirmen unu arıyorlar, ekmekleri başka oluyormuş. Bir fırıncı her hafta İzmir'den geliyor.

**Onur'a ne söylediniz?**

Aynı şeyi: taşı dinle. Telefonu da çantada bıraksın.

Değirmen cumartesi ve pazar günleri 08.00 ile 16.00 arasında ziyaretçilere açık.
"""),

dict(id="h71-tr-003", lang="tr", tpl="ghost", section="Kültür", date="2026-09-16", byline="Deniz Uğurlu",
     title="Eski Çarşı'daki hanlar ve hamam Miras Günleri'nde ilk kez ziyarete açılıyor",
     sub="On dört tarihi yapı hafta sonu iki gün boyunca ücretsiz gezilebilecek.",
     caption="Kapanca Hanı'nın avlusundaki restorasyon iskelesi.", credit="Fotoğraf: Deniz Uğurlu",
     carry=["heritagedays"],
     look=[("callout", "Yapıların çoğu cumartesi ve pazar")],
     body="""
Sarıkaya'nın Eski Çarşı semtinde restorasyonu süren on dört tarihi yapı, bu hafta sonu düzenlenecek Miras Günleri kapsamında ziyaretçilere açılıyor. Bunlardan beşi daha önce hiç halka açılmamıştı.

Etkinliği düzenleyen Sarıkaya Kent Tarihi Derneği'nin başkanı Levent Arıcan, amaçlarının insanların her gün önünden geçtiği binaların içini görmesi olduğunu söyledi.

## İlk kez açılanlar

Listenin başında 17. yüzyıldan kalma Kapanca Hanı var. Handa iki yıldır süren çalışmalarda, sıva altından eski tüccarların duvara kazıdığı hesap notları ortaya çıktı.

Ayrıca ilk kez gezilebilecek yapılar şunlar:

- Çukur Hamam'ın soğukluk bölümü
- eski Reji binasının tütün depoları
- Bakırcılar Sokağı'ndaki Ermeni okulunun sınıfları
- Saat kulesinin makine dairesi

Saat kulesine çıkmak için önceden yer ayırtmak gerekiyor, çünkü merdivenler dar ve bir seferde en fazla sekiz kişi çıkabiliyor.

## Rehberler gönüllü

Turları, çoğu emekli öğretmen olan 40 gönüllü rehber yapacak. Gönüllülerden Fikriye Sezgin, hanın avlusunda çocukken top oynadığını anlattı. "O zaman burası bir marangoz atölyesiydi. Şimdi duvardaki yazıları okuyunca tüyüm diken diken oluyor," dedi.

Yapıların çoğu cumartesi ve pazar 10.00 ile 17.00 arasında açık olacak. Giriş ücretsiz.

Dernek, ziyaretçilerden rahat ayakkabı giymelerini ve hamamda fotoğraf çekerken flaş kullanmamalarını istiyor.
"""),

dict(id="h71-de-001", lang="de", tpl="portal", section="Verbraucher", date="2026-01-27", byline="Katrin Wiesenthal",
     title="Landmetzgerei in Bruchweiler ruft Leberwurst im Glas zurück",
     sub="In einer Probe wurden Listerien gefunden. Betroffen sind Gläser mit drei Mindesthaltbarkeitsdaten.",
     caption="Die Landmetzgerei Holzapfel in der Bruchweiler Hauptstraße.", credit="Foto: Katrin Wiesenthal",
     carry=["foodrecall"],
     body="""
Die Landmetzgerei Holzapfel aus Bruchweiler ruft ihre hausgemachte Leberwurst im 200-Gramm-Glas zurück. Bei einer Routinekontrolle des Kreisveterinäramts wurden in einer Probe Listerien nachgewiesen.

Die Metzgerei verkauft die Wurst im eigenen Laden, auf den Wochenmärkten in Bruchweiler und Kastellaun sowie in vier Dorfläden im Hunsrück. Wie viele Gläser betroffen sind, konnte Inhaber Matthias Holzapfel noch nicht genau sagen. Er schätzt die Zahl auf etwa 600.

## Was Kunden jetzt tun sollten

Wer ein Glas der Leberwurst zu Hause hat, sollte sie nicht essen. Die Gläser können in allen Verkaufsstellen zurückgegeben werden, der Kaufpreis wird auch ohne Kassenbon erstattet.

Listerien sind für gesunde Erwachsene meist harmlos. Für Schwangere, ältere Menschen und Menschen mit geschwächtem Immunsystem können sie aber gefährlich werden. Wer nach dem Verzehr Fieber oder Durchfall bekommt, sollte seinen Arzt darauf hinweisen.

## Ursache noch unklar

Holzapfel führt die Metzgerei in dritter Generation. Einen Rückruf habe es in 71 Jahren noch nie gegeben, sagte er. "Wir haben sofort die ganze Produktion gestoppt und die Küche komplett auseinandergenommen."

Das Veterinäramt hat weitere Proben genommen. Die Ergebnisse werden Ende der Woche erwartet. Bis dahin stellt die Metzgerei keine Leberwurst her, die übrigen Wurstsorten sind nicht betroffen.

Der Laden in der Hauptstraße hat normal geöffnet, montags bis samstags von 7 bis 13 Uhr.
"""),

dict(id="h71-de-002", lang="de", tpl="fusion", section="Leben", date="2026-03-19", byline="Tobias Reinhold",
     title="Zwei Jahre Reparaturcafé in Kirchfeld: 900 Geräte gerettet",
     sub="Jeden zweiten Samstag schrauben Ehrenamtliche im Gemeindehaus an Toastern, Lampen und Fahrrädern.",
     caption="Ein Helfer lötet im Reparaturcafé an einem Radio.", credit="Foto: Tobias Reinhold",
     look=[("factbox", "Was repariert wird")],
     body="""
Ein Toaster aus den Sechzigern, eine Nähmaschine ohne Fußpedal, ein ferngesteuertes Auto mit gebrochener Achse: Was samstags im Kirchfelder Gemeindehaus auf den Tischen liegt, würde anderswo im Müll landen.

Seit zwei Jahren gibt es das Reparaturcafé, und die Bilanz der Ehrenamtlichen kann sich sehen lassen. Von rund 1.300 Geräten, die Besucher mitgebracht haben, funktionierten am Ende etwa 900 wieder.

**Vom Kaffeetisch zur Werkbank**

Angefangen hat alles mit dem pensionierten Elektromeister Reinhard Kolbe, der sich über eine weggeworfene Stehlampe geärgert hatte. Heute gehören 22 Helferinnen und Helfer zum Team, darunter eine Schneiderin, zwei Fahrradmechaniker und ein Schüler, der sich mit Handys auskennt.

## Was repariert wird

- Elektrogeräte wie Toaster, Lampen und Radios
- Fahrräder und Kinderwagen
- Kleidung, Taschen und Reißverschlüsse
- Spielzeug und kleine Möbel

Bezahlt wird nichts, es steht nur eine Spendendose neben dem Kuchenbuffet. Von den Spenden hat das Team im vergangenen Jahr ein Lötgerät und ein Messgerät gekauft.

"Die Leute sollen zuschauen und mitmachen", sagt Kolbe. "Wer einmal gesehen hat, wie einfach eine Sicherung zu tauschen ist, wirft nicht mehr so schnell etwas weg."

Nicht alles lässt sich retten. Bei manchen Geräten gibt es keine Ersatzteile, andere sind so verklebt, dass man sie nicht öffnen kann.

Das nächste Reparaturcafé ist am 28. März von 10 bis 14 Uhr. Wer den Newsletter des Teams abonnieren möchte, kann sich am Kuchenbuffet in eine Liste eintragen.
"""),

dict(id="h71-de-003", lang="de", tpl="typo3", site="Gemeinde Hollerbach im Erlental", kind="public",
     section="Kultur und Freizeit", date="2026-09-02", byline="Hauptamt",
     title="Tag des offenen Denkmals: Hollerbach öffnet die Zehntscheune und die alte Ölmühle",
     sub="Am Sonntag, 13. September, sind sechs Baudenkmäler der Gemeinde zu besichtigen.",
     caption="Die Zehntscheune am Kirchplatz nach der Sanierung des Dachstuhls.", credit="Foto: Gemeinde Hollerbach im Erlental",
     carry=["heritagedays"],
     body="""
Die Gemeinde Hollerbach im Erlental beteiligt sich auch in diesem Jahr am bundesweiten Tag des offenen Denkmals. Am Sonntag, 13. September, sind sechs Baudenkmäler im Ortskern und in den Ortsteilen geöffnet.

Erstmals ist die Zehntscheune am Kirchplatz zugänglich. Der Dachstuhl aus dem Jahr 1612 wurde in den vergangenen zwei Jahren mit Unterstützung des Landesamts für Denkmalpflege saniert. Zimmermeister Jörg Eckhardt erklärt um 11 und um 15 Uhr, wie die alten Eichenbalken ausgebessert wurden.

## Geöffnete Denkmäler

- Zehntscheune am Kirchplatz
- Ölmühle Unterhollerbach mit Vorführung der Presse
- Evangelische Kirche St. Nikolaus mit Turmbesteigung
- Altes Rathaus mit Heimatstube
- Synagogengedenkstätte in der Gartenstraße
- Backhaus im Ortsteil Erlen

Für die Turmbesteigung ist eine Anmeldung beim Pfarrbüro nötig, da jeweils nur zehn Personen nach oben dürfen. Alle anderen Denkmäler können ohne Anmeldung besucht werden.

Der Heimat- und Geschichtsverein bietet um 14 Uhr einen Rundgang durch den Ortskern an. Treffpunkt ist der Brunnen vor dem Alten Rathaus.

Bürgermeisterin Ute Brenneisen dankt allen Ehrenamtlichen, die die Öffnung möglich machen. Im Backhaus wird ab 12 Uhr Zwiebelkuchen verkauft, der Erlös geht an den Förderverein der Grundschule.

Zwischen den Ortsteilen verkehrt ein kostenloser Pendelbus im Stundentakt.
"""),

dict(id="h71-fr-001", lang="fr", tpl="chorus", site="Roncelles Quartiers",
     section="Patrimoine", date="2026-09-15", byline="Margaux Levasseur",
     title="Journées du patrimoine : l'ancienne manufacture de pipes ouvre ses ateliers",
     sub="Trente et un lieux de Roncelles seront accessibles samedi et dimanche, dont huit pour la première fois.",
     caption="La salle des moules de l'ancienne manufacture de pipes, rue des Fours.", credit="Photo : Margaux Levasseur",
     body_caption="Des pipes en terre cuite retrouvées lors du déblaiement des ateliers.",
     carry=["heritagedays"],
     look=[("italic", "« On a retrouvé des pipes partout, même dans les murs. »"), ("br", "Les visites sont gratuites.")],
     body="""
Les Journées européennes du patrimoine reviennent ce week-end à Roncelles avec un programme record : trente et un lieux ouverts au public, dont huit qui n'avaient jamais accueilli de visiteurs.

La vedette de cette édition est l'ancienne manufacture de pipes de la rue des Fours, fermée en 1958. Une association d'anciens ouvriers et de leurs enfants a déblayé les ateliers pendant trois ans.

« On a retrouvé des pipes partout, même dans les murs. »

Jacqueline Aubertin, présidente de l'association, en a rempli quarante caisses. Certaines seront exposées dans la salle des moules, à côté des fours restaurés.

## Des lieux d'habitude fermés

Parmi les nouveautés de cette année :

- la chapelle de l'hôpital Saint-Lazare et ses vitraux de 1874
- les réservoirs souterrains du château d'eau
- la salle du conseil de l'ancienne chambre de commerce

Pour les réservoirs, la réservation est obligatoire auprès de l'office de tourisme, car les groupes sont limités à douze personnes et les enfants de moins de huit ans ne sont pas admis.

Les visites sont gratuites.

Un bus électrique reliera les sites de la rive gauche toutes les vingt minutes.

L'adjoint à la culture, Bastien Roux, espère dépasser les 14 000 visiteurs de l'an dernier. « Les Roncellois sont curieux de leur ville. Il suffit d'ouvrir la porte », dit-il.

Le programme détaillé est disponible à l'office de tourisme, place du Marché, ouvert samedi et dimanche de 9 h à 18 h.
"""),

dict(id="h71-fr-002", lang="fr", tpl="chunks", section="Commerces", date="2026-06-09", byline="Théo Marchetti",
     title="À Saint-Vidal, le marché du soir réunit quarante producteurs chaque vendredi",
     sub="Lancé à titre d'essai l'été dernier, le marché nocturne est devenu le rendez-vous du village.",
     caption="Les étals du marché du soir sur la place de l'Église.", credit="Photo : Théo Marchetti",
     look=[("br", "Et ça marche.")],
     body="""
Il est 18 heures, vendredi, et la place de l'Église de Saint-Vidal commence à se remplir. Fromagers, maraîchers, un brasseur, une apicultrice et un vendeur de paella installent leurs étals sous les platanes.

Le marché du soir a été lancé l'été dernier, à titre d'essai, par le comité des fêtes. Il devait durer six semaines. Un an plus tard, il rassemble une quarantaine de producteurs chaque vendredi de mai à septembre.

L'idée était de proposer aux habitants qui travaillent en ville un marché à une heure où ils peuvent venir.

Et ça marche.

## Des tables pour rester

Le comité a installé une trentaine de tables et de bancs au milieu de la place. Beaucoup de familles achètent leur dîner sur les étals et mangent sur place.

Pour les producteurs, c'est un complément bienvenu. Lucien Ferrand, maraîcher à Montaigut, y vend ses légumes depuis le premier soir. « Je fais ici en trois heures ce que je fais le samedi matin en ville en cinq », explique-t-il.

## Quelques règles

Le comité a fixé des règles simples :

1. seuls les producteurs et artisans du département peuvent vendre
2. pas de gobelets jetables, une consigne est proposée à la buvette
3. la musique s'arrête à 22 h 30

Le maire, Gilles Amblard, reconnaît que le stationnement pose problème certains soirs. Un parking provisoire sera ouvert dans le pré derrière la salle des fêtes.

Le marché a lieu tous les vendredis de 18 h à 23 h, jusqu'au 25 septembre.
"""),

dict(id="h71-fr-003", lang="fr", tpl="magazine", section="Portrait", date="2026-11-24", byline="Élise Chabanel",
     title="Quarante-cinq ans sur les marchés : la rémouleuse range sa meule",
     sub="Depuis 1981, Josette Barral aiguise couteaux, ciseaux et sécateurs sur les marchés de la vallée. Elle prend sa retraite à Noël.",
     caption="Josette Barral devant sa camionnette, sur le marché de Lavernède.", credit="Photo : Élise Chabanel",
     pull="Un couteau, ça raconte la maison",
     look=[("dropcap", "Sa camionnette bleue fait partie du paysage")],
     body="""
Sa camionnette bleue fait partie du paysage des marchés de la vallée depuis 1981. Le mardi à Lavernède, le jeudi à Pont-Saint-Genès, le samedi à Florac-le-Haut. Josette Barral, 68 ans, aiguise les couteaux, les ciseaux et les sécateurs des habitants. À Noël, elle range sa meule. Nous l'avons rencontrée entre deux clients.

**Comment devient-on rémouleuse ?**

Par mon père, qui faisait les foires à vélo avec sa meule sur le guidon. J'ai repris quand ses mains ont commencé à trembler. À l'époque, une femme rémouleuse, ça faisait rire.

**Et aujourd'hui ?**

Aujourd'hui on me demande si je donne des cours. Les temps changent.

**Qu'est-ce qu'on vous apporte le plus ?**

Des couteaux de cuisine, surtout. Et des ciseaux de couturière, qu'il ne faut surtout pas confier à n'importe qui. Au printemps, ce sont les sécateurs.

**Vous reconnaissez vos clients à leurs couteaux ?**

Bien sûr. Un couteau, ça raconte la maison. Celui qui coupe le pain tous les jours, celui qui ne sert qu'à Noël, celui qu'on utilise pour ouvrir les colis et qui est foutu.

**Des regrets, Josette ?**

Ne pas avoir trouvé quelqu'un pour reprendre. Deux jeunes sont venus, mais on ne vit pas d'une meule avec les loyers d'aujourd'hui.

**Et la camionnette ?**

Elle part au musée des métiers de Lavernède. Avec la meule de mon père dedans.

Josette Barral sera sur le marché de Lavernède jusqu'au mardi 22 décembre.
"""),

dict(id="h71-es-001", lang="es", tpl="quintype", section="Consumo", date="2026-04-15", byline="Lorena Villaseca",
     title="Una quesería de Villanueva del Campo retira tres lotes de queso fresco por listeria",
     sub="Sanidad detectó la bacteria en un control rutinario. Los lotes se vendieron en mercados y tiendas de la comarca.",
     caption="La quesería Hermanos Pozuelo, en el polígono de Villanueva del Campo.", credit="Foto: Lorena Villaseca",
     carry=["foodrecall"],
     look=[("highlight", "La Consejería de Sanidad ha pedido")],
     body="""
La Consejería de Sanidad ha pedido a los consumidores que no coman el queso fresco de cabra de la quesería Hermanos Pozuelo, de Villanueva del Campo, después de detectar listeria en una muestra tomada durante un control rutinario.

La propia empresa ha retirado tres lotes de la tarrina de 250 gramos, que se vendían en su tienda, en los mercados semanales de la comarca y en una docena de tiendas de alimentación de los pueblos cercanos.

## Qué hay que hacer

Quien tenga en casa alguna tarrina de esos lotes no debe consumirla. Puede devolverla en el punto de venta, donde le reembolsarán el importe aunque no conserve el tique.

La listeria suele pasar desapercibida en adultos sanos, pero puede ser grave para embarazadas, personas mayores y pacientes con las defensas bajas. Sanidad recomienda acudir al médico si aparecen fiebre, dolores musculares o diarrea en las semanas siguientes al consumo.

## Una empresa familiar

La quesería la fundaron en 1988 los hermanos Tomás y Felipe Pozuelo, con las cabras de su padre. Hoy da trabajo a catorce personas y elabora unos 900 kilos de queso a la semana.

Tomás Pozuelo asegura que es la primera alerta en la historia de la empresa. "Hemos parado la línea de queso fresco y estamos desinfectando todo. Los curados siguen saliendo, porque no están afectados", explicó.

La quesería ha habilitado un teléfono de atención, el 924 500 318, de lunes a viernes de 9 a 14 horas.
"""),

dict(id="h71-es-002", lang="es", tpl="regional", section="Comarca", date="2026-10-06", byline="Iñaki Larrañaga",
     title="El registro de profesionales de confianza de la Mancomunidad del Jarama llega a 150 oficios",
     sub="Fontaneros, electricistas y cerrajeros se adhieren tras una campaña contra las reparaciones abusivas en casas de mayores.",
     caption="Un cerrajero adherido al registro, trabajando en un portal de Valdeserra.", credit="Foto: Iñaki Larrañaga",
     carry=["traderdirectory"],
     body="""
El registro de profesionales de confianza que puso en marcha hace un año la Mancomunidad del Jarama ya reúne a 150 autónomos y pequeñas empresas de once municipios. La cifra ha crecido con rapidez desde el verano, después de varios casos de reparaciones abusivas en viviendas de personas mayores.

El más sonado ocurrió en julio en Valdeserra, donde un falso cerrajero cobró 1.400 euros a una vecina de 87 años por cambiar el bombín de una puerta.

## Cómo se entra en el registro

Para figurar en la lista, cada profesional debe acreditar que está dado de alta, que tiene seguro de responsabilidad civil y que no acumula reclamaciones sin resolver en la oficina de consumo. Además, se compromete a dar siempre presupuesto por escrito.

Los clientes pueden valorar cada trabajo, y las valoraciones se publican tal cual.

La técnica de consumo de la mancomunidad, Rocío Alcántara, insiste en que el registro no sustituye al sentido común. "Si alguien llama a su puerta sin que lo haya llamado, desconfíe. Los profesionales serios no van buscando clientes de casa en casa", señaló.

## Los oficios más buscados

Según la mancomunidad, las consultas más frecuentes son de fontanería, cerrajería y pequeñas reformas de baño. Los electricistas son los que mejor valoración media reciben.

El electricista Arturo Cebrián, de San Fermín del Jarama, cree que el registro ayuda a todos. "Al que trabaja bien le conviene que se sepa", dijo.

La oficina de consumo atiende en la sede de la mancomunidad de lunes a jueves, de 9 a 13 horas.
"""),

dict(id="h71-es-003", lang="es", tpl="medium", site="Cuadernos de San Lorenzo", kind="indie", section="Barrio",
     date="2026-02-18", byline="Nuria Cabrales",
     title="La mesa de los libros cumple un año en la plaza de San Lorenzo",
     sub="Cada domingo, los vecinos dejan y se llevan libros de una mesa plegable junto a la fuente.",
     caption="La mesa de los libros, un domingo de enero.", credit="Foto: Nuria Cabrales",
     look=[("italic", "«Aquí nadie vigila y nunca ha faltado nada.»"), ("bold", "Las reglas caben en una línea.")],
     body="""
Todo empezó con dos cajas de mudanza. Hace un año, Amparo Lluch tenía que vaciar el piso de su madre y no sabía qué hacer con sus novelas. Un domingo por la mañana sacó una mesa plegable a la plaza de San Lorenzo, junto a la fuente, y puso un cartel: «Llévate uno, deja otro».

Al mediodía no quedaba ni un libro.

Desde entonces, la mesa sale todos los domingos de diez a dos. Amparo calcula que han pasado por ella más de 3.000 libros, sobre todo novelas, cuentos infantiles y guías de viaje que alguien usó una vez.

**Sin cuotas ni carnés**

Las reglas caben en una línea.

Se puede dejar cualquier libro en buen estado y llevarse los que se quiera. No hace falta traer uno para llevarse otro.

«Aquí nadie vigila y nunca ha faltado nada.»

Lo dice Ramón Gil, jubilado y voluntario desde el tercer domingo. Es el encargado de recoger la mesa y guardar las cajas en el bar de la esquina, cuyo dueño les presta un rincón del almacén.

Con el tiempo, la mesa se ha convertido en un punto de encuentro. Hay quien viene a charlar, quien deja recomendaciones escritas en un cuaderno y un grupo de lectura que nació allí y ya se reúne por su cuenta los jueves.

Para celebrar el aniversario, el domingo 1 de marzo habrá chocolate y una lectura de poemas a las doce. Quien quiera colaborar puede acercarse a la mesa cualquier domingo por la mañana.
"""),

dict(id="h71-ru-001", lang="ru", tpl="sanity", section="Происшествия", date="2026-03-24", byline="Ксения Воронцова",
     title="Молочный комбинат в Заречном отзывает партию творога",
     sub="В одной из проб нашли кишечную палочку. Творог продавали в магазинах района и на рынке.",
     caption="Проходная Заречного молочного комбината.", credit="Фото: Ксения Воронцова",
     carry=["foodrecall"],
     look=[("dropcap", "Заречный молочный комбинат отзывает")],
     body="""
Заречный молочный комбинат отзывает из продажи партию творога 9% в пачках по 200 граммов. В пробе, которую взяли специалисты районного управления Роспотребнадзора, обнаружили кишечную палочку.

Творог этой партии поступил в продажу 18 и 19 марта. Его продавали в фирменных магазинах комбината, в сетевых магазинах района и на центральном рынке Заречного.

## Что делать покупателям

Если у вас дома осталась пачка творога из этой партии, есть его нельзя. Пачку можно вернуть в магазин, где она была куплена, деньги вернут и без чека.

Врачи советуют обратиться в поликлинику, если после того, как вы ели творог, начались боли в животе, тошнота или повысилась температура. Пока, по данным районной больницы, таких обращений не было.

## Проверка на комбинате

Директор комбината Олег Сафронов сообщил, что выпуск творога остановлен, оборудование цеха разобрано и промыто. По его словам, остальная продукция, молоко, кефир и сметана, проверку прошла.

«За тридцать лет у нас такое впервые. Мы сами позвонили в магазины, как только узнали», сказал он.

Комбинат работает с 1964 года и перерабатывает молоко с девяти хозяйств района. На нём трудятся около двухсот человек.

Повторные анализы будут готовы к пятнице. Вопросы можно задать по телефону горячей линии комбината в будние дни с 8 до 17 часов.
"""),

dict(id="h71-ru-002", lang="ru", tpl="legacy-br", section="Город", date="2026-11-11", byline="Игорь Малахов",
     title="В реестре проверенных мастеров Нижнеозёрска уже 120 человек",
     sub="Городская общественная палата проверяет сантехников, электриков и плиточников и публикует отзывы жильцов.",
     caption="Электрик из реестра меняет щиток в подъезде на улице Гагарина.", credit="Фото: Игорь Малахов",
     carry=["traderdirectory"],
     body="""
В Нижнеозёрске растёт реестр проверенных мастеров, который год назад завела городская общественная палата. Сейчас в нём 120 сантехников, электриков, плиточников и мастеров по ремонту бытовой техники.

Идея появилась после того, как весной прошлого года несколько пенсионеров с улицы Гагарина заплатили по 30-40 тысяч рублей за замену труб, которую так и не закончили. Мастер, найденный по объявлению на остановке, пропал вместе с задатком.

## Как попасть в реестр

Мастер должен быть зарегистрирован как самозанятый или индивидуальный предприниматель, показать паспорт и дать телефоны трёх прежних клиентов. Члены палаты обзванивают их сами.

После каждого заказа жильцы могут оставить оценку. Отзывы публикуют без правки, в том числе плохие. Двоих мастеров из реестра уже исключили.

## Кого ищут чаще всего

Председатель палаты Вера Кондратьева говорит, что больше всего запросов на сантехников и электриков, особенно осенью, перед отопительным сезоном.

«Мы не гарантируем, что всё будет идеально. Но мы знаем, где этот человек живёт и кто у него заказывал», объясняет она.

Сантехник Андрей Лопатин, который попал в реестр одним из первых, говорит, что заказов стало больше. «Люди звонят и сразу говорят: я вас из списка нашёл», рассказывает он.

Подать заявку или пожаловаться на мастера можно в общественной палате, улица Ленина, 14, по вторникам и четвергам с 10 до 18 часов.
"""),

dict(id="h71-ru-003", lang="ru", tpl="gutenberg", section="Город", date="2026-08-05", byline="Полина Карамзина",
     title="Жители дома на Садовой сами сделали во дворе летний кинотеатр",
     sub="Экран из паруса, скамейки из старых поддонов и сеансы по пятницам.",
     caption="Вечерний сеанс во дворе дома на Садовой, 21.", credit="Фото: Полина Карамзина",
     section_tag=True,
     look=[("box", "За лето показали двенадцать фильмов")],
     body="""
Во дворе дома номер 21 на Садовой улице каждую пятницу гаснет свет в окнах первого этажа и на натянутом между тополями парусе начинается кино. Летний кинотеатр жители сделали сами, без денег управляющей компании.

Идея принадлежит Марине Сорокиной, которая двадцать лет проработала киномехаником в закрывшемся кинотеатре «Заря». Проектор она купила на свои деньги, а экран сшили из старого паруса, который подарил сосед-яхтсмен.

Скамейки сколотили из поддонов, которые отдал магазин стройматериалов. Их покрасили дети из трёх подъездов.

За лето показали двенадцать фильмов: в основном старые советские комедии и мультфильмы для малышей перед основным сеансом. На каждый показ приходит от сорока до восьмидесяти человек, некоторые из соседних дворов.

«Я соскучилась по залу, где люди смеются вместе», говорит Марина. «Дома перед телевизором так не бывает».

## Соседи не против

Сначала жители верхних этажей опасались шума. Договорились, что звук выключают ровно в 23 часа, а после сеанса все вместе убирают двор.

Управляющая компания к затее отнеслась спокойно и даже провела к экрану удлинитель из подвала.

Следующий показ в пятницу в 21:00. Свои стулья и пледы приносить можно, просят только не оставлять мусор и поделиться с соседями, если кому-то не хватит места.
"""),
]
